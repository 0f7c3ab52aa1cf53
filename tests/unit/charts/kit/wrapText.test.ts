import { describe, expect, it } from "vitest";
import { wrapText } from "../../../../src/charts/kit/wrapText.ts";

describe("wrapText", () => {
  it("breaks Chinese between characters and English at spaces", () => {
    expect(wrapText("現場會提出三區各建一條街", 10, 60)).toEqual(["現場會提出三", "區各建一條街"]);
    expect(wrapText("The ferry was built in 1868", 10, 90)).toEqual(["The ferry was", "built in 1868"]);
  });

  it("keeps numbers, ranges and percentages whole", () => {
    expect(wrapText("aged 14–35 in 2024", 10, 40)).toEqual(["aged", "14–35", "in 2024"]);
    expect(wrapText("年均增長14.35%", 10, 50)).toEqual(["年均增長", "14.35%"]);
  });

  it("never returns an empty line", () => {
    expect(wrapText("", 10, 50)).toEqual([]);
    expect(wrapText("龍", 10, 1)).toEqual(["龍"]);
  });
});
