import type { Locale } from "./locales.ts";
import { toSimplified } from "./toSimplified.ts";

/**
 * The edition boundary: Traditional Chinese text (a chapter, a data label, an interface string,
 * a table heading) made right for an edition. The Simplified edition's text is always made here,
 * never written by hand; other editions get the text unchanged.
 */
export function forEdition(text: string, locale: Locale): string {
  return locale === "zh-hans" ? toSimplified(text) : text;
}
