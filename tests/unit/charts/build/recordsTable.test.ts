import { describe, expect, it } from "vitest";
import { chartCsv } from "../../../../src/charts/build/chartCsv.ts";
import { chartRows } from "../../../../src/charts/build/chartRows.ts";
import { chartSpecs } from "../../../../src/charts/build/chartSpecs.ts";
import { recordsTable } from "../../../../src/charts/build/recordsTable.ts";
import { loadFacts } from "../../../../src/story/facts.ts";
import { loadSources } from "../../../../src/story/sources.ts";

const facts = loadFacts();
const spec = (id: string) => {
  const found = chartSpecs[id];
  if (!found) throw new Error(`no ${id} chart`);
  return found;
};

describe("recordsTable", () => {
  it("shows the data as the story writes it: what, the figure with its qualifier, what to know about it", () => {
    const table = recordsTable(chartRows(spec("population"), "en", facts), "en", facts);
    expect(table.columns).toEqual(["What", "Value", "Note"]);
    expect(table.rows[0]).toEqual([
      "People living on the mudflat when Chen Dingmo arrived in 1984",
      "fewer than 6,000 people",
      "not stated: registered or resident?",
    ]);
    const growth = recordsTable(chartRows(spec("growth"), "zh-hant", facts), "zh-hant", facts);
    expect(growth.rows[0]).toEqual(["2019年在冊經營主體", "約5.5萬", "推算"]);
  });

  it("has a row for every row of the chart's CSV, in the same order, and no drawing notes", () => {
    for (const [id, chart] of Object.entries(chartSpecs)) {
      const table = recordsTable(chartRows(chart, "en", facts), "en", facts);
      const csvRows = chartCsv(chart, "en", facts, loadSources()).trimEnd().split("\r\n").length - 1;
      expect(table.rows, id).toHaveLength(csvRows);
      for (const row of table.rows) expect(row.join(" "), id).not.toMatch(/\b(dot|outline|sketch|square|circle)\b/i);
    }
  });
});
