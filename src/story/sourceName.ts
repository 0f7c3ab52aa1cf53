import { forEdition } from "../i18n/forEdition.ts";
import { localize } from "../i18n/localize.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Source } from "../schemas/source.ts";

/**
 * A source's publisher and title as an edition writes them; where no title is known, what the
 * source is. `chinese` is the publisher's name in Simplified characters, for English pages to
 * add after a Chinese name (Xinhua (新华网)), and null otherwise.
 */
export function sourceName(
  source: Source,
  locale: Locale,
): { publisher: string; title: string; chinese: string | null } {
  const described = source.title ?? source.about;
  return {
    publisher: localize(source.publisher, locale),
    title: described ? localize(described, locale) : "",
    chinese: locale === "en" && source.chineseName ? forEdition(source.publisher["zh-hant"], "zh-hans") : null,
  };
}
