import { requireFact } from "../../story/facts.ts";
import { sourceName } from "../../story/sourceName.ts";
import { fill } from "../../i18n/fill.ts";
import type { Locale } from "../../i18n/locales.ts";
import { localize } from "../../i18n/localize.ts";
import { toCsv } from "./toCsv.ts";
import type { Fact } from "../../schemas/fact.ts";
import type { Source } from "../../schemas/source.ts";
import type { AnyChartSpec, DataRecord } from "./chartSpec.ts";
import { chartRows } from "./chartRows.ts";
import { countedUnits } from "./countedUnits.ts";
import { commonStrings } from "./commonStrings.ts";

/** The unit a row's figure is counted in: for a count, the thing counted. */
function unitOf(row: DataRecord, fact: Fact, locale: Locale): string {
  if (fact.kind !== "number" || fact.unit !== "count" || row.unit !== commonStrings(locale).unit.count) return row.unit;
  const counted = countedUnits[fact.id];
  if (!counted) throw new Error(`fact "${fact.id}": say what it counts in src/charts/build/countedUnits.ts`);
  return localize(counted, locale);
}

/**
 * A chart's data download: one row per figure, with a numeric `value` column beside the unit it is
 * counted in, a label a reader understands without the chart, the note and the source; a `measure`
 * column where the rows say what they measure (resident or registered population). Every heading
 * and word is in the edition's language and script.
 */
export function chartCsv(
  spec: AnyChartSpec,
  locale: Locale,
  facts: Map<string, Fact>,
  sources: Map<string, Source>,
): string {
  const words = commonStrings(locale);
  const cite = (factId: string) => {
    const fact = requireFact(facts, factId, "chart data download");
    const source = sources.get(fact.source);
    if (!source) return "";
    const { publisher, title } = sourceName(source, locale);
    const citation = fill(words.citation, { publisher, title });
    return source.date ? fill(words.dated, { citation, date: source.date }) : citation;
  };
  const { csv } = words;
  const rows = chartRows(spec, locale, facts);
  const measured = rows.some((row) => row.measure);
  const cells = (row: DataRecord) => {
    const unit = unitOf(row, requireFact(facts, row.fact, "chart data download"), locale);
    const head = [row.label, row.value, unit];
    return [...head, ...(measured ? [row.measure ?? ""] : []), row.note, cite(row.fact)];
  };
  const header = [csv.label, csv.value, csv.unit, ...(measured ? [csv.measure] : []), csv.note, csv.source];
  return toCsv([header, ...rows.map(cells)]);
}
