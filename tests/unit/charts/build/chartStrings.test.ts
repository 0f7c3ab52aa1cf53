import { describe, expect, it } from "vitest";
import { chartStrings } from "../../../../src/charts/build/chartStrings.ts";

const tables = {
  "zh-hant": { title: "龍港人口", nested: { label: "資料來源" } },
  en: { title: "Longgang’s population", nested: { label: "Sources" } },
};

describe("chartStrings", () => {
  it("gives the hand-written tables as they are", () => {
    expect(chartStrings(tables, "zh-hant").title).toBe("龍港人口");
    expect(chartStrings(tables, "en").nested.label).toBe("Sources");
  });

  it("derives the Simplified table from the Traditional one, once", () => {
    const simplified = chartStrings(tables, "zh-hans");
    expect(simplified).toEqual({ title: "龙港人口", nested: { label: "资料来源" } });
    expect(chartStrings(tables, "zh-hans")).toBe(simplified);
  });

  it("refuses a table whose English lacks a key", () => {
    const broken = { "zh-hant": { a: "甲", b: "乙" }, en: { a: "A" } as { a: string; b: string } };
    expect(() => chartStrings(broken, "en")).toThrow(/"b" has no English text/);
  });
});
