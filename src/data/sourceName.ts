import { forEdition } from "../i18n/forEdition.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Source } from "../schemas/source.ts";

/** A source's publisher and title as an edition writes them. */
export function sourceName(source: Source, locale: Locale): { publisher: string; title: string } {
  if (locale === "en") return { publisher: source.publisherEn, title: source.titleEn };
  return { publisher: forEdition(source.publisher, locale), title: forEdition(source.title, locale) };
}
