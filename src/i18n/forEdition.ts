import type { Locale } from "./locales.ts";
import { toSimplified } from "./toSimplified.ts";

/**
 * Text written in Traditional Chinese by code (a chart's description, a table heading),
 * made right for the edition: converted for the Simplified one, unchanged otherwise.
 */
export function forEdition(text: string, locale: Locale): string {
  return locale === "zh-hans" ? toSimplified(text) : text;
}
