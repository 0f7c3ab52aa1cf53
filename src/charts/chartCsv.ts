import { requireFact } from "../data/facts.ts";
import { sourceName } from "../data/sourceName.ts";
import { fill } from "../i18n/fill.ts";
import type { Locale } from "../i18n/locales.ts";
import { toCsv } from "../lib/toCsv.ts";
import type { Fact } from "../schemas/fact.ts";
import type { Source } from "../schemas/source.ts";
import type { AnyChartSpec } from "./chartSpec.ts";
import { commonStrings } from "./kit/commonStrings.ts";

/**
 * A chart's data download: one row per figure, with a numeric `value` column beside its unit, label,
 * note and source, every heading and word in the edition's language and script.
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
  return toCsv([
    [csv.label, csv.value, csv.unit, csv.note, csv.source],
    ...spec.records(locale, facts).map((row) => [row.label, row.value, row.unit, row.note, cite(row.fact)]),
  ]);
}
