import type { Locale } from "../../i18n/locales.ts";
import { localize } from "../../i18n/localize.ts";
import { formatNumber } from "../../i18n/formatNumber.ts";
import type { Fact, Unit } from "../../schemas/fact.ts";
import type { LocalizedText } from "../../schemas/localized.ts";
import { numberFact } from "./numberFact.ts";

/**
 * A figure record (see `figureFields`) resolved for an edition: what the chart shows (its id and label,
 * its fact's value, and the value as the edition writes it with its qualifier: 約5.5萬, about 55,000),
 * and the fact itself.
 */
export function figure(
  record: { id: string; fact: string; category: LocalizedText },
  units: readonly Unit[],
  context: { facts: Map<string, Fact>; locale: Locale; file: string },
) {
  const fact = numberFact(context.facts, record.fact, units, context.file);
  const shown = {
    id: record.id,
    category: localize(record.category, context.locale),
    value: fact.value,
    valueLabel: formatNumber(fact.value, fact.unit, context.locale, fact.qualifier),
  };
  return { shown, fact };
}
