import type { Fact } from "../schemas/fact.ts";
import { localize } from "./localize.ts";
import { formatDate } from "./formatDate.ts";
import { formatNumber, type FormatOptions, type NumberLocale } from "./formatNumber.ts";

/**
 * A fact as the text states it: a number with unit and qualifier, a date, or a claim's label.
 * `inProse` for running text, where English spells out counts under ten.
 */
export function formatFact(fact: Fact, locale: NumberLocale, options: FormatOptions = {}): string {
  switch (fact.kind) {
    case "date":
      return formatDate(fact.date, locale);
    case "number":
      return formatNumber(fact.value, fact.unit, locale, fact.qualifier, options);
    case "claim":
      return localize(fact.label, locale);
  }
}
