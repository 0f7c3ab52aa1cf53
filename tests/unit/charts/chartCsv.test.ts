import { describe, expect, it } from "vitest";
import { chartCsv } from "../../../src/charts/chartCsv.ts";
import { chartSpecs } from "../../../src/charts/chartSpecs.ts";
import { loadFacts } from "../../../src/data/facts.ts";
import { loadSources } from "../../../src/data/sources.ts";
import { publishedLocales } from "../../../src/i18n/locales.ts";

const facts = loadFacts();
const sources = loadSources();
/** The rows of a CSV, naively split: the tests' cells hold no quoted commas in the columns checked. */
const rows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");

describe("chartCsv", () => {
  it("downloads figures a teacher can chart: a numeric value beside its unit, note and source", () => {
    const population = chartSpecs["population"];
    if (!population) throw new Error("no population chart");
    const [header, before] = rows(chartCsv(population, "en", facts, sources));
    expect(header).toBe("Label,Value,Unit,Note,Source");
    expect(before).toMatch(/^1984,6000,people,"?fewer than/);
    expect(before).toMatch(/China City News/);
  });

  it("writes headings and words in the edition's script", () => {
    const population = chartSpecs["population"];
    if (!population) throw new Error("no population chart");
    expect(rows(chartCsv(population, "zh-hans", facts, sources))[0]).toBe("项目,数值,单位,说明,来源");
    expect(rows(chartCsv(population, "zh-hant", facts, sources))[0]).toBe("項目,數值,單位,說明,來源");
  });

  it("gives every chart's value column a number, a date or nothing, in every edition", () => {
    for (const [id, spec] of Object.entries(chartSpecs))
      for (const locale of publishedLocales)
        for (const record of spec.records(locale, facts)) {
          const { value } = record;
          const ok = value === null || typeof value === "number" || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value);
          expect(ok, `${id} (${locale}): ${record.label} = ${String(value)}`).toBe(true);
        }
  });
});
