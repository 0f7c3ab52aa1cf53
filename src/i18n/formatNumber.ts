import type { Qualifier, Unit } from "../schemas/fact.ts";
import type { Locale } from "./locales.ts";
import { numberWords, type NumberWords } from "./numberWords.ts";

/** Locales the formatter knows; a Simplified edition formats like the Traditional one, in its own script. */
export type NumberLocale = Locale;

const formats = new Map<string, Intl.NumberFormat>();
/** One Intl formatter per style, made on first use: charts format every tick on each redraw. */
const formatter = (intl: string, options: Intl.NumberFormatOptions) => {
  const key = `${intl} ${JSON.stringify(options)}`;
  return formats.get(key) ?? formats.set(key, new Intl.NumberFormat(intl, options)).get(key) ?? new Intl.NumberFormat();
};

const plain = (value: number) => formatter("en-US", { useGrouping: false, maximumFractionDigits: 2 }).format(value);
const grouped = (value: number, words: NumberWords) =>
  formatter(words.intl, { maximumFractionDigits: 2 }).format(value);

/** A magnitude the way a reader of the edition expects it: 13.5萬, 492.5億; 135,000, 49.25 billion. */
function magnitude(value: number, words: NumberWords): string {
  if (Math.abs(value) < words.magnitudeFrom) return grouped(value, words);
  return formatter(words.intl, { notation: "compact", compactDisplay: "long", maximumFractionDigits: 2 }).format(value);
}

function number(value: number, unit: Unit, words: NumberWords, inProse: boolean): string {
  switch (words.units[unit].style) {
    case "magnitude":
      return magnitude(value, words);
    case "count":
      return (inProse && Number.isInteger(value) ? words.smallNumbers[value] : undefined) ?? magnitude(value, words);
    case "grouped":
      return grouped(value, words);
    case "plain":
      return plain(value);
    case "whole":
      return String(value);
  }
}

/** How a figure is set: in running text (English spells out counts under ten) or in a chart or table. */
export interface FormatOptions {
  inProse?: boolean;
}

/**
 * Writes a figure with its unit and qualifier for one edition, in the words of src/i18n/numberWords.ts:
 * `formatNumber(135000, "people", "zh-hant", "about")` → "約13.5萬人", in English "about 135,000 people".
 */
export function formatNumber(
  value: number,
  unit: Unit,
  locale: NumberLocale,
  qualifier?: Qualifier,
  { inProse = false }: FormatOptions = {},
): string {
  const words = numberWords[locale];
  return words.units[unit].words
    .replace("{q}", qualifier ? words.qualifiers[qualifier] : "")
    .replace("{n}", number(value, unit, words, inProse));
}

/** An axis tick: the magnitude alone, without unit or qualifier (10萬, 100,000). */
export function formatTick(value: number, locale: NumberLocale): string {
  return magnitude(value, numberWords[locale]);
}
