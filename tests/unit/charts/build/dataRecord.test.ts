import { describe, expect, it } from "vitest";
import { dataRecord } from "../../../../src/charts/build/dataRecord.ts";
import { loadFacts } from "../../../../src/story/facts.ts";

const facts = loadFacts();
const fact = (id: string) => {
  const found = facts.get(id);
  if (!found) throw new Error(`no fact ${id}`);
  return found;
};

describe("dataRecord", () => {
  it("writes a qualified figure as a bare number, its unit and qualifier in words", () => {
    const record = dataRecord(fact("population-1993"), "en", { label: "1993" });
    expect(record).toMatchObject({ label: "1993", value: 135000, unit: "people", fact: "population-1993" });
    expect(record.note).toMatch(/^about/);
    const zh = dataRecord(fact("population-1993"), "zh-hant");
    expect(zh).toMatchObject({ value: 135000, unit: "人" });
    expect(zh.note).toMatch(/^約/);
  });

  it("writes a date as YYYY-MM-DD and a derived figure with its arithmetic", () => {
    expect(dataRecord(fact("town-approved"), "en")).toMatchObject({ value: "1983-10-12", unit: "year-month-day" });
    const derived = dataRecord(fact("businesses-2019-derived"), "en");
    expect(typeof derived.value).toBe("number");
    expect(derived.note).toMatch(/derived: /);
  });

  it("writes the Simplified edition's words in Simplified", () => {
    const record = dataRecord(fact("population-1993"), "zh-hans");
    expect(record.note).toMatch(/^约/);
    expect(record.label).not.toMatch(/[約萬龍]/);
  });

  it("writes a claim's words once: in the note under a chart's own label, else as the label alone", () => {
    const claim = fact("ferry-decline");
    const words = claim.label.en;
    expect(dataRecord(claim, "en")).toMatchObject({ label: words, value: null, note: "" });
    expect(dataRecord(claim, "en", { label: "1990s" })).toMatchObject({ label: "1990s", note: words });
  });
});
