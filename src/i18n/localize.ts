import type { LocalizedText } from "../schemas/localized.ts";
import { forEdition } from "./forEdition.ts";
import type { Locale } from "./locales.ts";

/**
 * Picks an edition's text from a record. The Simplified edition's comes from the Traditional
 * text through the edition boundary; any other missing edition is an error, never a silent fallback.
 */
export function localize(text: LocalizedText, locale: Locale): string {
  if (locale === "zh-hans") return forEdition(text["zh-hant"], locale);
  const value = text[locale];
  if (value !== undefined) return value;
  throw new Error(`Missing "${locale}" text for "${text["zh-hant"]}"; add an "${locale}" key to the record`);
}
