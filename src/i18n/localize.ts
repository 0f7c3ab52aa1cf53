import type { LocalizedText } from "../schemas/localized.ts";
import type { Locale } from "./locales.ts";

/** Picks an edition's text; an edition without its own text is an error, never a silent fallback. */
export function localize(text: LocalizedText, locale: Locale): string {
  const value = text[locale];
  if (value === undefined) throw new Error(`Missing "${locale}" text for "${text["zh-hant"]}"`);
  return value;
}
