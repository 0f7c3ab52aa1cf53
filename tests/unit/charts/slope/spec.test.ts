import { describe, expect, it } from "vitest";
import { slopeSpec } from "../../../../src/charts/slope/spec.ts";
import { loadFacts } from "../../../../src/story/facts.ts";

const facts = loadFacts();
const data = slopeSpec.load("zh-hant", facts);

describe("slopeSpec", () => {
  it("takes both ratios from their facts", () => {
    expect(data.points.map((point) => [point.category, point.value, point.valueLabel])).toEqual([
      ["此前", 1.92, "1.92"],
      ["如今", 1.79, "1.79"],
    ]);
  });

  it("rejects a point that does not exist", () => {
    expect(slopeSpec.check(data, { through: "2019" })).toMatch(/"2019" is not a point.*before/);
    expect(slopeSpec.check(data, { through: "now", fromEqual: true })).toBeNull();
  });

  it("describes the points shown and keeps the caveat about years", () => {
    const text = slopeSpec.describe(data, { through: "before" }, "zh-hant");
    expect(text).toContain("1.92");
    expect(text).not.toContain("1.79");
    expect(text).toContain("沒有註明");
    const english = slopeSpec.load("en", facts);
    expect(slopeSpec.describe(english, { through: "now", fromEqual: true }, "en")).toContain("equal incomes");
  });
});
