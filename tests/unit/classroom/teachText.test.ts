import { describe, expect, it } from "vitest";
import { factIdsIn, handTypedNumber, parseTeachText, teachTextProblem } from "../../../src/classroom/teachText.ts";

describe("parseTeachText", () => {
  it("splits words from fact and source tags, in order", () => {
    expect(parseTeachText('Today <Fact id="population-2024" />.<Cite id="population-2024" /> Done')).toEqual([
      { kind: "text", text: "Today " },
      { kind: "fact", id: "population-2024" },
      { kind: "text", text: "." },
      { kind: "cite", id: "population-2024" },
      { kind: "text", text: " Done" },
    ]);
    expect(parseTeachText('<Fact id="a"/>')).toEqual([{ kind: "fact", id: "a" }]);
    expect(parseTeachText("plain")).toEqual([{ kind: "text", text: "plain" }]);
  });
});

describe("teachTextProblem", () => {
  it("accepts numbers written as facts, and words for counts", () => {
    expect(teachTextProblem('人口<Fact id="population-2024" />，兩節課')).toBeNull();
    expect(teachTextProblem("Two lessons, no figures")).toBeNull();
  });

  it("refuses a number typed by hand, quoting it", () => {
    expect(teachTextProblem("About 500,000 people")?.message).toMatch(/"About 500,000 peop.*write it as <Fact/);
    expect(teachTextProblem("約５萬人")?.message).toMatch(/typed by hand/);
    expect(handTypedNumber('<Fact id="x" /> in 1984')?.message).toMatch(/in 1984/);
  });

  it("refuses a tag that is not written as <Fact id=… /> or <Cite id=… />", () => {
    expect(teachTextProblem("<Fact id='x' />")?.message).toMatch(/write tags exactly/);
    expect(teachTextProblem('<Facts id="x" />')?.message).toMatch(/write tags exactly/);
  });
});

describe("factIdsIn", () => {
  it("lists the facts a text names", () => {
    expect(factIdsIn('<Fact id="a" /> and <Cite id="b" />')).toEqual(["a", "b"]);
  });
});

describe("the problem's needle", () => {
  it("is the word holding a typed number, or the start of a stray tag", () => {
    expect(handTypedNumber("so about 500,000 people")?.needle).toBe("500,000");
    expect(handTypedNumber("人口約50萬，")?.needle).toBe("人口約50萬，");
    expect(teachTextProblem('see <Facts id="x" />')?.needle).toBe('<Facts id="x');
  });
});
