import type { Locale } from "../../i18n/locales.ts";
import { localize } from "../../i18n/localize.ts";
import { formatFact } from "../../i18n/formatFact.ts";
import type { Fact } from "../../schemas/fact.ts";
import type { DataRecord, DataTable } from "./chartSpec.ts";
import { commonStrings } from "./commonStrings.ts";

/**
 * The data table under a chart, made of the same rows as its CSV download: what each figure is, the
 * figure as the story writes it (its qualifier included: about 135,000 people), and what the reader
 * should know about it (derived, what it measures, where sources differ), never how it is drawn.
 */
export function recordsTable(rows: DataRecord[], locale: Locale, facts: Map<string, Fact>): DataTable {
  const words = commonStrings(locale);
  const cells = (row: DataRecord): string[] => {
    const fact = facts.get(row.fact);
    const shown =
      fact && fact.kind !== "claim" && (fact.kind === "date" ? fact.date : fact.value) === row.value
        ? formatFact(fact, locale)
        : row.value === null
          ? ""
          : `${String(row.value)} ${row.unit}`.trim();
    const notes = [
      fact?.derivation ? words.derivedNote : "",
      row.measure ?? "",
      fact?.note ? localize(fact.note, locale) : "",
    ].filter(Boolean);
    return [row.label, shown, notes.join(words.list)];
  };
  return { columns: [words.csv.label, words.csv.value, words.csv.note], rows: rows.map(cells) };
}
