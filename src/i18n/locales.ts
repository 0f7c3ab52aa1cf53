/** Every edition the story is designed for. `code` is the URL segment, `lang` the BCP 47 tag for `<html lang>`. */
export const locales = [
  { code: "zh-hant", lang: "zh-Hant", name: "繁體中文", ogLocale: "zh_TW" },
  { code: "zh-hans", lang: "zh-Hans", name: "简体中文", ogLocale: "zh_CN" },
  { code: "en", lang: "en", name: "English", ogLocale: "en_US" },
] as const;

export type Locale = (typeof locales)[number]["code"];

/** Editions built and linked today; an edition joins this list once all its text exists. */
export const publishedLocales: readonly Locale[] = ["zh-hant", "zh-hans", "en"];

export const defaultLocale: Locale = "zh-hant";

export function isLocale(value: string): value is Locale {
  return locales.some((entry) => entry.code === value);
}

export function isPublishedLocale(value: string): value is Locale {
  return (publishedLocales as readonly string[]).includes(value);
}

export function localeInfo(locale: Locale) {
  const found = locales.find((entry) => entry.code === locale);
  if (!found) throw new Error(`Unknown locale "${locale}"`);
  return found;
}
