import type { DataRecord } from "./chartSpec.ts";
import { fill } from "../../i18n/fill.ts";
import type { Locale } from "../../i18n/locales.ts";
import { localize } from "../../i18n/localize.ts";
import type { Fact } from "../../schemas/fact.ts";
import { commonStrings } from "./commonStrings.ts";

/** A date's precision by how many parts it has: 1868, 1984-03, 2019-09-25. */
const precisions = ["year", "month", "day"] as const;

/**
 * A fact as a row of a chart's data download: the number itself (5000, not "about 5,000 people"), its
 * unit and qualifier in words, a derived figure's arithmetic, and the fact for its source.
 * `label` defaults to the fact's own label; `unit` overrides the unit word where the chart names what is counted.
 */
export function dataRecord(fact: Fact, locale: Locale, options: { label?: string; unit?: string } = {}): DataRecord {
  const { unit } = options;
  const label = options.label ?? localize(fact.label, locale);
  const words = commonStrings(locale);
  const notes = [
    fact.kind === "number" && fact.qualifier ? words.qualifier[fact.qualifier] : "",
    fact.derivation ? fill(words.derived, { arithmetic: localize(fact.derivation, locale) }) : "",
    fact.note ? localize(fact.note, locale) : "",
  ].filter(Boolean);
  const base = { label, note: notes.join(words.list), fact: fact.id };
  if (fact.kind === "number") return { ...base, value: fact.value, unit: unit ?? words.unit[fact.unit] };
  if (fact.kind === "date")
    return { ...base, value: fact.date, unit: words.dateUnit[precisions[fact.date.split("-").length - 1] ?? "day"] };
  // A claim has no number: its words go in the note, unless they are the row's label already.
  const claim = localize(fact.label, locale);
  return {
    ...base,
    value: null,
    unit: unit ?? "",
    note: [claim === label ? "" : claim, ...notes].filter(Boolean).join(words.list),
  };
}
