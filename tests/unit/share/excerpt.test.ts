import { describe, expect, it } from "vitest";
import { clipText, stepExcerpt, textEms } from "../../../src/share/excerpt.ts";

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

describe("stepExcerpt", () => {
  it("takes the step's own headline, its text as the summary, and a short description", () => {
    const excerpt = stepExcerpt("Named a pilot town", "In December 2014, Longgang was named a pilot town.");
    expect(excerpt.headline).toBe("Named a pilot town");
    expect(excerpt.summary).toBe("In December 2014, Longgang was named a pilot town.");
    expect(excerpt.description).toBe("In December 2014, Longgang was named a pilot town.");
    expect(stepExcerpt("標題", "字".repeat(200)).description.length).toBeLessThan(100);
  });
});
