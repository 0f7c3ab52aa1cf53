import { describe, expect, it } from "vitest";
import { formatNumber, formatTick } from "../../../src/i18n/formatNumber.ts";
import { loadFacts } from "../../../src/story/facts.ts";

describe("formatNumber", () => {
  it("writes Chinese magnitudes in 萬 and 億", () => {
    expect(formatNumber(135000, "people", "zh-hant", "about")).toBe("約13.5萬人");
    expect(formatNumber(49250000000, "yuan", "zh-hant")).toBe("492.5億元");
    expect(formatNumber(108000, "count", "zh-hant")).toBe("10.8萬");
    expect(formatNumber(5000, "people", "zh-hant", "about")).toBe("約5000人");
    expect(formatNumber(500000, "people", "zh-hant", "nearly")).toBe("近50萬人");
    expect(formatNumber(900, "count", "zh-hant", "over")).toBe("超過900");
    expect(formatNumber(6000, "people", "zh-hant", "under")).toBe("不到6000人");
  });

  it("writes Simplified magnitudes and qualifiers in Simplified characters", () => {
    expect(formatNumber(108000, "count", "zh-hans")).toBe("10.8万");
    expect(formatNumber(49250000000, "yuan", "zh-hans", "over")).toBe("超过492.5亿元");
    expect(formatNumber(135000, "people", "zh-hans", "about")).toBe("约13.5万人");
    expect(formatTick(100000, "zh-hans")).toBe("10万");
  });

  it("writes English magnitudes as a newspaper would", () => {
    expect(formatNumber(135000, "people", "en", "about")).toBe("about 135,000 people");
    expect(formatNumber(6000, "people", "en", "under")).toBe("fewer than 6,000 people");
    expect(formatNumber(49250000000, "yuan", "en")).toBe("49.25 billion yuan");
    expect(formatNumber(600000000, "yuan", "en")).toBe("600 million yuan");
    expect(formatNumber(1000, "metre", "en", "about")).toBe("about 1,000 metres");
  });

  it("writes units that are not magnitudes", () => {
    expect(formatNumber(58, "km2", "zh-hant")).toBe("58平方公里");
    expect(formatNumber(70, "kilometre", "zh-hant", "about")).toBe("約70公里");
    expect(formatNumber(1000, "metre", "zh-hant", "about")).toBe("約1000公尺");
    expect(formatNumber(1000, "metre", "zh-hans", "about")).toBe("约1000米");
    expect(formatNumber(70, "kilometre", "en", "about")).toBe("about 70 km");
    expect(formatNumber(14.35, "percent", "en")).toBe("14.35%");
    expect(formatNumber(34, "rank", "zh-hant")).toBe("第34位");
    expect(formatNumber(1.79, "ratio", "en")).toBe("1.79");
    expect(formatNumber(2, "top", "zh-hant")).toBe("前2");
    expect(formatNumber(2, "top", "en")).toBe("top 2");
    expect(formatNumber(15, "minute", "zh-hant")).toBe("15分鐘");
    expect(formatNumber(15, "minute", "zh-hans")).toBe("15分钟");
    expect(formatNumber(15, "minute", "en")).toBe("15 minutes");
  });

  it("spells out English counts under ten in running text only", () => {
    expect(formatNumber(6, "count", "en", undefined, { inProse: true })).toBe("six");
    expect(formatNumber(3, "top", "en", undefined, { inProse: true })).toBe("top three");
    expect(formatNumber(4, "count", "en", "over", { inProse: true })).toBe("more than four");
    expect(formatNumber(10, "count", "en", undefined, { inProse: true })).toBe("10");
    expect(formatNumber(1.5, "count", "en", undefined, { inProse: true })).toBe("1.5");
    expect(formatNumber(6, "percent", "en", undefined, { inProse: true })).toBe("6%");
    expect(formatNumber(6, "count", "en")).toBe("6");
    expect(formatNumber(6, "count", "zh-hant", undefined, { inProse: true })).toBe("6");
  });

  it("puts the qualifier of a rate per 10,000 after its base", () => {
    expect(formatNumber(19, "perTenThousand", "zh-hant", "over")).toBe("每萬人超過19");
    expect(formatNumber(19, "perTenThousand", "zh-hans", "over")).toBe("每万人超过19");
    expect(formatNumber(19, "perTenThousand", "en", "over")).toBe("more than 19 per 10,000 people");
  });

  it("formats axis ticks without unit", () => {
    expect(formatTick(100000, "zh-hant")).toBe("10萬");
    expect(formatTick(100000, "en")).toBe("100,000");
    expect(formatTick(2000, "zh-hant")).toBe("2000");
  });
});

describe("formatNumber with Intl, for every figure of the story", () => {
  // The rule Intl's compact notation replaced, written out: 萬 from ten thousand, 億 from a hundred million.
  const byHand = (value: number, simplified: boolean) => {
    const trimmed = (n: number) => Number(n.toFixed(2)).toString();
    if (Math.abs(value) >= 1e8) return `${trimmed(value / 1e8)}${simplified ? "亿" : "億"}`;
    if (Math.abs(value) >= 1e4) return `${trimmed(value / 1e4)}${simplified ? "万" : "萬"}`;
    return trimmed(value);
  };

  it("writes each Chinese magnitude as the hand-written rule did", () => {
    const numbers = [...loadFacts().values()].flatMap((fact) => (fact.kind === "number" ? [fact.value] : []));
    expect(numbers.length).toBeGreaterThan(20);
    for (const value of numbers) {
      expect(formatTick(value, "zh-hant")).toBe(byHand(value, false));
      expect(formatTick(value, "zh-hans")).toBe(byHand(value, true));
    }
  });
});
