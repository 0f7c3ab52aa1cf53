import { describe, expect, it } from "vitest";
import { breakUnits, wrapText } from "../../../../src/charts/kit/wrapText.ts";

describe("wrapText", () => {
  it("breaks Chinese between characters and English at spaces", () => {
    expect(wrapText("現場會提出三區各建一條街", 10, 60)).toEqual(["現場會提出三", "區各建一條街"]);
    expect(wrapText("The ferry was built in 1868", 10, 90)).toEqual(["The ferry was", "built in 1868"]);
  });

  it("keeps numbers, ranges and percentages whole", () => {
    expect(wrapText("aged 14–35 in 2024", 10, 40)).toEqual(["aged", "14–35", "in 2024"]);
    expect(wrapText("年均增長14.35%", 10, 50)).toEqual(["年均增長", "14.35%"]);
  });

  it("never starts a line with closing punctuation nor ends one with opening punctuation", () => {
    // Room for exactly the characters before 「。」: the last character goes down with it.
    expect(wrapText("進駐網格。", 10, 40)).toEqual(["進駐網", "格。"]);
    expect(wrapText("社區、網格", 10, 25)).toEqual(["社", "區、", "網格"]);
    expect(wrapText("稱為「農民城」", 10, 30)).toEqual(["稱為", "「農民", "城」"]);
  });

  it("keeps a number with the unit written after it", () => {
    expect(wrapText("渡船航程約1000米", 10, 70)).toEqual(["渡船航程約", "1000米"]);
    expect(breakUnits("102個社區，70%下沉")).toEqual(["102個", "社", "區，", "70%下", "沉"]);
  });

  it("never returns an empty line", () => {
    expect(wrapText("", 10, 50)).toEqual([]);
    expect(wrapText("龍", 10, 1)).toEqual(["龍"]);
  });
});
