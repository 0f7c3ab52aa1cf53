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

/** Each string table's editions, made once per build. */
const converted = new WeakMap<object, Map<Locale, StringTree>>();

/**
 * A chart's own words (describe, table headings, labels it adds), shaped like src/i18n/ui.ts: the
 * Traditional and English tables are written by hand and the Simplified one is derived from the
 * Traditional through the edition boundary (`localize`), so no chart writes Simplified text or
 * branches on the locale: `chartStrings(strings, locale).describe`. Build side only: the browser gets
 * the words inside the chart's data.
 */
export function chartStrings<T extends StringTree>(tables: { "zh-hant": T; en: T }, locale: Locale): T {
  const editions = converted.get(tables) ?? new Map<Locale, StringTree>();
  converted.set(tables, editions);
  const table = editions.get(locale) ?? pick(tables["zh-hant"], tables.en, locale, "");
  editions.set(locale, table);
  return table as T;
}
