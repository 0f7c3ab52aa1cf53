import { describe, expect, it } from "vitest";
import { chartStrings } from "../../../../src/charts/kit/chartStrings.ts";

describe("chartStrings", () => {
  const strings = chartStrings({
    "zh-hant": { title: "龍港人口", nested: { label: "資料來源" } },
    en: { title: "Longgang’s population", nested: { label: "Sources" } },
  });

  it("gives the hand-written tables as they are", () => {
    expect(strings("zh-hant").title).toBe("龍港人口");
    expect(strings("en").nested.label).toBe("Sources");
  });

  it("derives the Simplified table from the Traditional one", () => {
    expect(strings("zh-hans")).toEqual({ title: "龙港人口", nested: { label: "资料来源" } });
  });

  it("refuses a table whose English lacks a key", () => {
    const broken = chartStrings({ "zh-hant": { a: "甲", b: "乙" }, en: { a: "A" } as { a: string; b: string } });
    expect(() => broken("en")).toThrow(/"b" has no English text/);
  });
});
