import type { LocalizedText } from "../schemas/localized.ts";
import type { Locale } from "./locales.ts";
import { toSimplified } from "./toSimplified.ts";

/**
 * Picks an edition's text. The Simplified edition is converted from the Traditional text
 * unless a record gives its own; any other missing edition is an error, never a silent fallback.
 */
export function localize(text: LocalizedText, locale: Locale): string {
  const value = text[locale];
  if (value !== undefined) return value;
  if (locale === "zh-hans") return toSimplified(text["zh-hant"]);
  throw new Error(`Missing "${locale}" text for "${text["zh-hant"]}"; add an "${locale}" key to the record`);
}
