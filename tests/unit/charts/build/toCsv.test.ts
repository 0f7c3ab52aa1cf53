import { describe, expect, it } from "vitest";
import { toCsv } from "../../../../src/charts/build/toCsv.ts";

describe("toCsv", () => {
  it("quotes cells with commas, quotes and line breaks, and starts with a BOM", () => {
    const csv = toCsv([
      ["年份", "人口"],
      ["1993", "約13.5萬人"],
      ['a "b"', "1,000"],
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe('\uFEFF年份,人口\r\n1993,約13.5萬人\r\n"a ""b""","1,000"\r\n');
  });

  it("writes numbers as bare digits and an empty cell for null", () => {
    expect(toCsv([["x", 135000, 1.92, null]])).toBe("\uFEFFx,135000,1.92,\r\n");
  });
});
