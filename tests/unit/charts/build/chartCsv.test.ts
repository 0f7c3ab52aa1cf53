import { describe, expect, it } from "vitest";
import { chartCsv } from "../../../../src/charts/build/chartCsv.ts";
import { chartSpecs } from "../../../../src/charts/build/chartSpecs.ts";
import { csvName, csvNames } from "../../../../src/routes/csvNames.ts";
import { loadFacts } from "../../../../src/story/facts.ts";
import { loadSources } from "../../../../src/story/sources.ts";
import { publishedLocales } from "../../../../src/i18n/locales.ts";

const facts = loadFacts();
const sources = loadSources();
/** The rows of a CSV, naively split: the tests' cells hold no quoted commas in the columns checked. */
const rows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
/** The cells of a CSV row, quotes honoured. */
const cells = (row: string) =>
  [...row.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map(([, cell = ""]) => cell.replace(/^"|"$/g, ""));
const spec = (id: string) => {
  const found = chartSpecs[id];
  if (!found) throw new Error(`no ${id} chart`);
  return found;
};

describe("chartCsv", () => {
  it("downloads figures a teacher can chart: a numeric value beside its unit, measure, note and source", () => {
    const [header, first] = rows(chartCsv(spec("population"), "en", facts, sources));
    expect(header).toBe("What,Value,Unit,Measure,Note,Source");
    expect(first).toMatch(
      /^People living on the mudflat when Chen Dingmo arrived in 1984,6000,people,not stated: registered or resident\?,"?fewer than/,
    );
    expect(first).toMatch(/China City News/);
  });

  it("writes headings and words in the edition's script", () => {
    expect(rows(chartCsv(spec("population"), "zh-hans", facts, sources))[0]).toBe("项目,数值,单位,统计方式,说明,来源");
    expect(rows(chartCsv(spec("population"), "zh-hant", facts, sources))[0]).toBe("項目,數值,單位,統計方式,說明,來源");
    expect(rows(chartCsv(spec("growth"), "en", facts, sources))[0]).toBe("What,Value,Unit,Note,Source");
  });

  it("names every file by what it holds, never by the chart type that draws it", () => {
    expect(Object.keys(csvNames).sort()).toEqual(Object.keys(chartSpecs).sort());
    expect(csvName("growth")).toBe("registered-businesses.csv");
    expect(csvName("slope")).toBe("urban-rural-income-ratio.csv");
    const chartTypes = ["slope", "shares", "handover", "locator", "growth", "timeline", "hierarchy", "sensors"];
    for (const name of Object.values(csvNames)) expect(chartTypes).not.toContain(name);
  });

  it("says what every unit counts: no bare count, 個 or 日期, in any edition", () => {
    for (const [id, chart] of Object.entries(chartSpecs))
      for (const locale of publishedLocales)
        for (const row of rows(chartCsv(chart, locale, facts, sources)).slice(1)) {
          const unit = cells(row)[2] ?? "";
          expect(["count", "個", "个", "日期", "date"], `${id} (${locale}): ${row}`).not.toContain(unit);
        }
  });

  it("lists every number and date the chart shows, totals and captions included", () => {
    for (const [id, chart] of Object.entries(chartSpecs)) {
      const csv = chartCsv(chart, "en", facts, sources);
      for (const factId of chart.factIds()) {
        const fact = facts.get(factId);
        if (!fact || fact.kind === "claim") continue;
        const label = fact.label.en ?? "";
        expect(
          csv.includes(label) || chart.records("en", facts).some((row) => row.fact === factId),
          `${id}: ${factId}`,
        ).toBe(true);
      }
    }
    expect(chartCsv(spec("hierarchy"), "en", facts, sources)).toMatch(
      /"Before the reform, Longgang’s villages and residents’ committees numbered",199,village and residential units/,
    );
  });

  it("says in the file that the growth chart counts registered businesses", () => {
    const [, first] = rows(chartCsv(spec("growth"), "en", facts, sources));
    expect(first).toMatch(/^"Registered businesses, 2019",55000,registered businesses,/);
  });

  it("gives every chart's value column a number, a date or nothing, in every edition", () => {
    for (const [id, chart] of Object.entries(chartSpecs))
      for (const locale of publishedLocales)
        for (const record of chart.records(locale, facts)) {
          const { value } = record;
          const ok = value === null || typeof value === "number" || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value);
          expect(ok, `${id} (${locale}): ${record.label} = ${String(value)}`).toBe(true);
        }
  });
});
