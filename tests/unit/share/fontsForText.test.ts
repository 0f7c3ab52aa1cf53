import { describe, expect, it } from "vitest";
import { fontsForText } from "../../../src/share/fontsForText.ts";

describe("fontsForText", () => {
  it("loads only the subsets that cover the text, each under its own name", () => {
    const fonts = fontsForText("龍港", "zh-hant", 700);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.length).toBeLessThan(5);
    expect(new Set(fonts.map((font) => font.name)).size).toBe(fonts.length);
    expect(fonts.every((font) => font.weight === 700 && font.data.length > 1000)).toBe(true);
  });

  it("covers Simplified characters from the SC package", () => {
    expect(fontsForText("龙港", "zh-hans", 400).length).toBeGreaterThan(0);
  });
});
