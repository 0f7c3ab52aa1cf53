import { describe, expect, it } from "vitest";
import { readingMinutes } from "../../../src/story/readingMinutes.ts";

describe("readingMinutes", () => {
  it("counts Chinese characters, not tags", () => {
    const text = `<Step id="a" state={{ x: 1 }}>\n${"龍".repeat(1200)}\n</Step>`;
    expect(readingMinutes(text, "zh-hant")).toBe(3);
  });

  it("counts English words and never says zero", () => {
    expect(readingMinutes("word ".repeat(460), "en")).toBe(2);
    expect(readingMinutes("short", "en")).toBe(1);
  });
});
