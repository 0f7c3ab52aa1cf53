import type { Fact } from "../../schemas/fact.ts";
import { requireFact } from "../../story/facts.ts";
import { formatFact } from "../../i18n/formatFact.ts";
import type { Locale } from "../../i18n/locales.ts";

const placeholder = /\{([a-z0-9-]+)\}/g;

/**
 * Fills a chart label's `{fact-id}` placeholders with the facts as the edition writes them
 * (「由{former-village-units}個村居整合」 → 「由199個村居整合」), so figures inside charts,
 * like those in the prose, come only from content/data/facts.json.
 */
export function fillFacts(template: string, facts: Map<string, Fact>, locale: Locale, usedIn: string): string {
  return template.replace(placeholder, (_, id: string) => formatFact(requireFact(facts, id, usedIn), locale));
}

/** The fact ids a label's placeholders name, for the chart's source list. */
export function placeholderFacts(template: string): string[] {
  return [...template.matchAll(placeholder)].map((match) => match[1] ?? "");
}
