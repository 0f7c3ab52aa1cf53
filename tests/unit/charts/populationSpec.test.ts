import { describe, expect, it } from "vitest";
import { populationSpec } from "../../../src/charts/populationSpec.ts";
import { loadFacts } from "../../../src/data/facts.ts";

const facts = loadFacts();
const data = populationSpec.load("zh-hant", facts);

describe("populationSpec", () => {
  it("takes every bar's value from its sourced fact", () => {
    for (const id of populationSpec.factIds()) {
      const fact = facts.get(id);
      expect(fact?.kind).toBe("number");
      expect(data.bars.some((bar) => fact?.kind === "number" && bar.value === fact.value)).toBe(true);
    }
    expect(data.bars.find((bar) => bar.id === "1993")?.fullLabel).toBe("約13.5萬人");
  });

  it("draws figures the source only bounds as open bars", () => {
    expect(data.bars.find((bar) => bar.id === "2024")?.bound).toBe(true);
    expect(data.bars.find((bar) => bar.id === "2018")?.bound).toBe(false);
  });

  it("rejects states naming bars that do not exist", () => {
    expect(populationSpec.check(data, { through: "1999" })).toMatch(/through "1999" is not a bar/);
    expect(populationSpec.check(data, { through: "1993", focus: "x" })).toMatch(/focus "x"/);
    expect(populationSpec.check(data, { through: "1993", focus: "1993" })).toBeNull();
  });

  it("describes only the bars shown", () => {
    const text = populationSpec.describe(data, { through: "1993", focus: "1993" }, "zh-hant");
    expect(text).toContain("約13.5萬人");
    expect(text).not.toContain("38.2萬");
  });
});
