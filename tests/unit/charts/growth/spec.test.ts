import { describe, expect, it } from "vitest";
import { growthSpec } from "../../../../src/charts/growth/spec.ts";
import { loadFacts } from "../../../../src/story/facts.ts";

const facts = loadFacts();
const data = growthSpec.load("zh-hant", facts);

describe("growthSpec", () => {
  it("marks the bar whose fact is derived, and only that one", () => {
    expect(data.bars.map((bar) => [bar.id, bar.derivedTag])).toEqual([
      ["2019", "（推算）"],
      ["2024", ""],
    ]);
    expect(data.bars[0]?.valueLabel).toBe("約5.5萬");
    expect(data.rateLabel).toBe("年均增長14.35%");
  });

  it("agrees with the arithmetic its derivation records", () => {
    const derived = facts.get("businesses-2019-derived");
    const reported = facts.get("registered-businesses");
    const rate = facts.get("businesses-growth-rate");
    if (derived?.kind !== "number" || reported?.kind !== "number" || rate?.kind !== "number") throw new Error("facts");
    const computed = reported.value / (1 + rate.value / 100) ** 5;
    expect(Math.abs(computed - derived.value) / derived.value).toBeLessThan(0.01);
  });

  it("rejects unknown bars and an arrow with one bar", () => {
    expect(growthSpec.check(data, { show: ["2020"] })).toMatch(/"2020" is not a bar/);
    expect(growthSpec.check(data, { show: ["2024"], rate: true })).toMatch(/at least two bars/);
    expect(growthSpec.check(data, { show: ["2019", "2024"], rate: true })).toBeNull();
  });

  it("says in words that the first figure is derived", () => {
    expect(growthSpec.describe(data, { show: ["2019", "2024"] }, "zh-hant")).toContain("約5.5萬（推算）");
    const english = growthSpec.load("en", facts);
    expect(growthSpec.describe(english, { show: ["2019", "2024"], rate: true }, "en")).toContain("(derived)");
  });

  it("downloads the figures as numbers, the derived one with its arithmetic", () => {
    const [derived, reported, rate] = growthSpec.records("en", facts);
    expect(derived).toMatchObject({ label: "Registered businesses, 2019", value: 55000 });
    expect(derived?.note).toMatch(/derived: /);
    expect(reported).toMatchObject({ label: "Registered businesses, 2024", value: 108000 });
    expect(rate).toMatchObject({ value: 14.35, unit: "%" });
  });
});
