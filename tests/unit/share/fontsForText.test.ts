import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fontFamilyFor, fontFilesForText, fontsForText } from "../../../src/share/fontsForText.ts";

describe("fontsForText", () => {
  it("loads only the subsets that cover the text, each under its own name", () => {
    const fonts = fontsForText("龍港", "zh-hant", 700);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.length).toBeLessThan(5);
    expect(new Set(fonts.map((font) => font.name)).size).toBe(fonts.length);
    expect(fonts.every((font) => font.weight === 700 && font.data.length > 1000)).toBe(true);
  });

  it("covers Simplified characters from the SC package", () => {
    expect(fontsForText("龙港", "zh-hans", 400).some((font) => font.name.includes("noto-sans-sc"))).toBe(true);
  });

  it("brings the other Chinese font after the edition's own, for characters only it has", () => {
    const names = fontsForText("简", "zh-hant", 400).map((font) => font.name);
    expect(names.findIndex((name) => name.startsWith("noto-sans-sc-"))).toBeGreaterThan(
      names.findIndex((name) => name.startsWith("noto-sans-tc-")),
    );
  });

  it("draws Latin letters and quotes with Noto Sans first, as the page's sans-serif does", () => {
    const [first] = fontsForText("Longgang’s “key”", "en", 400);
    expect(first?.name).toBe("noto-sans-latin-400-normal");
    expect(fontFamilyFor("en")).toBe("'Noto Sans', 'Noto Sans TC'");
    expect(fontFamilyFor("zh-hans")).toBe("'Noto Sans', 'Noto Sans SC'");
  });
});

describe("fontFilesForText", () => {
  it("unpacks the subsets to TrueType files that resvg can load", async () => {
    const files = await fontFilesForText("港 5", "zh-hant");
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) expect(readFileSync(file).subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0]));
  });
});
