import { requireFact } from "../../story/facts.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Fact } from "../../schemas/fact.ts";
import type { AnyChartSpec, DataRecord } from "./chartSpec.ts";
import { dataRecord } from "./dataRecord.ts";

/**
 * Every number or date the chart shows, one row each: its own rows first, then any figure it
 * draws (a total, a caption's count) that its rows leave out, under the fact's own label. The CSV
 * download and the data table under the chart are both made of these rows.
 */
export function chartRows(spec: AnyChartSpec, locale: Locale, facts: Map<string, Fact>): DataRecord[] {
  const rows = spec.records(locale, facts);
  const listed = new Set(rows.map((row) => row.fact));
  const missing = [...new Set(spec.factIds())].filter((id) => {
    const fact = facts.get(id);
    return !listed.has(id) && fact !== undefined && fact.kind !== "claim";
  });
  return [...rows, ...missing.map((id) => dataRecord(requireFact(facts, id, "chart data download"), locale))];
}
