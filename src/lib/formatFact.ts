import type { Fact } from "../schemas/fact.ts";
import { formatDate } from "./formatDate.ts";
import { formatNumber, type NumberLocale } from "./formatNumber.ts";

/** A fact as the prose states it: a number with unit and qualifier, a date, or a claim's label. */
export function formatFact(fact: Fact, locale: NumberLocale): string {
  switch (fact.kind) {
    case "date":
      return formatDate(fact.date, locale);
    case "number":
      return formatNumber(fact.value, fact.unit, locale, fact.qualifier);
    case "claim":
      return fact.label[locale] ?? fact.label["zh-hant"];
  }
}
