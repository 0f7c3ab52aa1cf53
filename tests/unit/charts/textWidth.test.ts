import { describe, expect, it } from "vitest";
import { textWidth, wrapText } from "../../../src/charts/textWidth.ts";

describe("textWidth", () => {
  it("counts CJK characters as a full em and digits as a little over half", () => {
    expect(textWidth("龍港", 10)).toBe(20);
    expect(textWidth("1984", 10)).toBeCloseTo(24.8);
  });
});

describe("wrapText", () => {
  it("breaks Chinese between characters and English at spaces", () => {
    expect(wrapText("現場會提出三區各建一條街", 10, 60)).toEqual(["現場會提出三", "區各建一條街"]);
    expect(wrapText("The ferry was built in 1868", 10, 80)).toEqual(["The ferry was", "built in 1868"]);
  });

  it("never returns an empty line", () => {
    expect(wrapText("", 10, 50)).toEqual([]);
    expect(wrapText("龍", 10, 1)).toEqual(["龍"]);
  });
});
