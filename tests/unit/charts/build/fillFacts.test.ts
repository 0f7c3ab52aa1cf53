import { describe, expect, it } from "vitest";
import { fillFacts, placeholderFacts } from "../../../../src/charts/build/fillFacts.ts";
import { loadFacts } from "../../../../src/story/facts.ts";

const facts = loadFacts();

describe("fillFacts", () => {
  it("writes each placeholder's fact as the edition formats it", () => {
    expect(fillFacts("由{former-village-units}個村居整合", facts, "zh-hant", "test")).toBe("由199個村居整合");
    expect(fillFacts("總投資{projects-started-investment}", facts, "zh-hant", "test")).toBe("總投資超過300億元");
    expect(fillFacts("{projects-started-investment} in all", facts, "en", "test")).toBe(
      "more than 30 billion yuan in all",
    );
  });

  it("fails on an unknown fact, naming where it was used", () => {
    expect(() => fillFacts("{no-such-fact}", facts, "zh-hant", "content/data/x.json")).toThrow(
      /content\/data\/x\.json/,
    );
  });

  it("lists the facts a label names", () => {
    expect(placeholderFacts("{a-1}與{b}")).toEqual(["a-1", "b"]);
    expect(placeholderFacts("no placeholders")).toEqual([]);
  });
});
