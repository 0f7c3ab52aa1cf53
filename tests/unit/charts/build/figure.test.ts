import { describe, expect, it } from "vitest";
import { figure } from "../../../../src/charts/build/figure.ts";
import { loadFacts } from "../../../../src/story/facts.ts";

describe("figure", () => {
  it("resolves a figure record to its label, value and the value as the edition writes it", () => {
    const record = { id: "b", fact: "population-1993", category: { "zh-hant": "1993年", en: "1993" } };
    const { shown, fact } = figure(record, ["people"], { facts: loadFacts(), locale: "en", file: "x.json" });
    expect(shown).toEqual({ id: "b", category: "1993", value: 135000, valueLabel: "about 135,000 people" });
    expect(fact.id).toBe("population-1993");
  });
});
