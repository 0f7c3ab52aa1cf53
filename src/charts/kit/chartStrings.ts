import type { Locale } from "../../i18n/locales.ts";
import { localize } from "../../i18n/localize.ts";

export interface StringTree {
  readonly [key: string]: string | StringTree;
}

function pick(hant: StringTree, en: StringTree, locale: Locale, path: string): StringTree {
  return Object.fromEntries(
    Object.entries(hant).map(([key, value]) => {
      const english = en[key];
      if (typeof value !== "string") {
        if (typeof english !== "object") throw new Error(`chart strings: "${path}${key}" has no English table`);
        return [key, pick(value, english, locale, `${path}${key}.`)];
      }
      if (typeof english !== "string") throw new Error(`chart strings: "${path}${key}" has no English text`);
      return [key, localize({ "zh-hant": value, en: english }, locale)];
    }),
  );
}

/**
 * A chart's own words (describe, table headings, labels it adds), shaped like src/i18n/ui.ts: the
 * Traditional and English tables are written by hand and the Simplified one is derived from the
 * Traditional through the edition boundary (`localize`), so no chart writes Simplified text or
 * branches on the locale. Build side only: the browser gets the words inside the chart's data.
 */
export function chartStrings<T extends StringTree>(tables: { "zh-hant": T; en: T }): (locale: Locale) => T {
  const cache = new Map<Locale, T>();
  return (locale) => {
    let table = cache.get(locale);
    if (!table) {
      table = pick(tables["zh-hant"], tables.en, locale, "") as T;
      cache.set(locale, table);
    }
    return table;
  };
}
