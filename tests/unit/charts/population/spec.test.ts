import { describe, expect, it } from "vitest";
import { populationSpec } from "../../../../src/charts/population/spec.ts";
import { loadFacts } from "../../../../src/story/facts.ts";

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
    expect(data.bars.find((bar) => bar.id === "1984")?.bound).toBe(true);
    expect(data.bars.find((bar) => bar.id === "1993")?.bound).toBe(false);
  });

  it("rejects states naming bars that do not exist", () => {
    expect(populationSpec.check(data, { through: "1999" })).toMatch(/"1999" is not a bar.*1984/);
    expect(populationSpec.check(data, { through: "1993", focus: "x" })).toMatch(/"x" is not a bar/);
    expect(populationSpec.check(data, { through: "1993", focus: "1993" })).toBeNull();
  });

  it("describes only the bars shown", () => {
    const text = populationSpec.describe(data, { through: "1993", focus: "1993" }, "zh-hant");
    expect(text).toContain("約13.5萬人");
    expect(text).not.toContain("38.2萬");
  });

  it("joins a qualifier to its figure as each edition writes it", () => {
    expect(data.bars.find((bar) => bar.id === "1993")?.qualifiedLabel).toBe("約13.5萬");
    const english = populationSpec.load("en", facts);
    expect(english.bars.find((bar) => bar.id === "1993")?.qualifiedLabel).toBe("about 135,000");
  });

  it("downloads the population as numbers: fewer than 6,000 people is 6000 with “fewer than” as its note", () => {
    const records = populationSpec.records("en", facts);
    expect(records[0]).toMatchObject({
      label: "People living on the mudflat when Chen Dingmo arrived in 1984",
      value: 6000,
      unit: "people",
    });
    expect(records[0]?.note).toMatch(/^fewer than/);
    expect(records.every((record) => typeof record.value === "number")).toBe(true);
    expect(populationSpec.records("zh-hans", facts)[0]?.label).toMatch(/^陈定模/);
  });

  it("says what each population figure counts, and keeps resident counts apart from unstated ones", () => {
    const measures = populationSpec.records("en", facts).map((record) => [record.fact, record.measure]);
    expect(measures).toEqual([
      ["population-1984", "not stated: registered or resident?"],
      ["population-1993", "not stated: registered or resident?"],
      ["population-2024", "resident"],
    ]);
  });
});
