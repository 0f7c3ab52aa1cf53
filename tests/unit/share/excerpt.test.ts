import { describe, expect, it } from "vitest";
import { clipText, leadSentences, stepExcerpt, textEms } from "../../../src/share/excerpt.ts";

describe("textEms", () => {
  it("counts Chinese characters and full-width signs as one em, Latin as about half", () => {
    expect(textEms("龍港。")).toBe(3);
    expect(textEms("ab", 0.5)).toBe(1);
  });
});

describe("clipText", () => {
  it("keeps a text that fits", () => {
    expect(clipText("Longgang", 10)).toBe("Longgang");
  });

  it("cuts English at a word and Chinese at a character, with an ellipsis", () => {
    expect(clipText("The ferry at the river mouth", 8, 0.5)).toBe("The ferry at…");
    expect(clipText("江口的渡船龍港的起點", 6)).toBe("江口的渡船…");
  });

  it("cuts after a clause when one ends near the limit", () => {
    expect(clipText("The ferry at the river, where the town began", 13, 0.5)).toBe("The ferry at the river…");
    expect(clipText("據官方介紹，下沉社區的幹部達到七成", 8)).toBe("據官方介紹…");
  });
});

describe("leadSentences", () => {
  it("ends at the first full stop in either language", () => {
    expect(leadSentences("The first step was a pilot. In December 2014, more.", "en")).toBe(
      "The first step was a pilot.",
    );
    expect(leadSentences("2014年12月，龍港入選第一批國家新型城鎮化綜合試點。其後更多。", "zh-hant")).toBe(
      "2014年12月，龍港入選第一批國家新型城鎮化綜合試點。",
    );
  });

  it("does not add a sentence that would make the lead too long", () => {
    expect(leadSentences(`Short one. ${"Long sentence ".repeat(10)}here.`, "en")).toBe("Short one.");
  });

  it("goes on past a short lead-in", () => {
    expect(leadSentences("First, the map. Longgang lies in the south of Zhejiang. More follows.", "en")).toBe(
      "First, the map. Longgang lies in the south of Zhejiang.",
    );
    expect(leadSentences("第一步是試點。2014年12月，龍港入選。其後更多。", "zh-hant")).toBe(
      "第一步是試點。2014年12月，龍港入選。",
    );
  });
});

describe("stepExcerpt", () => {
  it("gives a headline, the rest, and a short description", () => {
    const excerpt = stepExcerpt("The first step was a pilot. In December 2014, Longgang was named.", "en");
    expect(excerpt.headline).toBe("The first step was a pilot.");
    expect(excerpt.rest).toBe("In December 2014, Longgang was named.");
    expect(excerpt.description).toBe("The first step was a pilot. In December 2014, Longgang was named.");
    expect(stepExcerpt("字".repeat(200), "zh-hant").description.length).toBeLessThan(100);
  });
});
