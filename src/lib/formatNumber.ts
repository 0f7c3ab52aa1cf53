import type { Qualifier, Unit } from "../schemas/fact.ts";

/** Locales the formatter knows; a Simplified edition formats exactly like the Traditional one. */
export type NumberLocale = "zh-hant" | "zh-hans" | "en";

const zhQualifier: Record<Qualifier, string> = { about: "約", nearly: "近", over: "超過", under: "不到" };
const hansQualifier: Record<Qualifier, string> = { about: "约", nearly: "近", over: "超过", under: "不到" };
const enQualifier: Record<Qualifier, string> = {
  about: "about ",
  nearly: "nearly ",
  over: "more than ",
  under: "fewer than ",
};

function trimmed(value: number, digits: number): string {
  return Number(value.toFixed(digits)).toString();
}

/** A magnitude the way a Chinese reader expects it: 13.5萬, 492.5億 (万, 亿 in Simplified). */
function zhMagnitude(value: number, simplified = false): string {
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${trimmed(value / 1e8, 2)}${simplified ? "亿" : "億"}`;
  if (abs >= 1e4) return `${trimmed(value / 1e4, 2)}${simplified ? "万" : "萬"}`;
  return trimmed(value, 2);
}

function enGrouped(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/** A magnitude the way an English newspaper writes it: 135,000; 49.25 billion. */
function enMagnitude(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${trimmed(value / 1e9, 2)} billion`;
  if (abs >= 1e6) return `${trimmed(value / 1e6, 2)} million`;
  return enGrouped(value);
}

function zhWithUnit(value: number, unit: Unit, simplified: boolean): string {
  const magnitude = zhMagnitude(value, simplified);
  switch (unit) {
    case "people":
      return `${magnitude}人`;
    case "yuan":
      return `${magnitude}元`;
    case "km2":
      return `${trimmed(value, 2)}平方公里`;
    case "metre":
      return `${magnitude}米`;
    case "kilometre":
      return `${trimmed(value, 2)}公里`;
    case "count":
      return magnitude;
    case "percent":
      return `${trimmed(value, 2)}%`;
    case "ratio":
      return trimmed(value, 2);
    case "rank":
      return `第${value}位`;
    case "perTenThousand":
      return `${simplified ? "每万人" : "每萬人"}${trimmed(value, 2)}`;
    case "top":
      return `前${value}`;
    case "minute":
      return `${trimmed(value, 2)}${simplified ? "分钟" : "分鐘"}`;
  }
}

/** Newspaper style: whole numbers under ten are words in running text ("six levels", "top three"). */
const enSmallNumbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

function enCount(value: number, inProse: boolean): string {
  const word = inProse && Number.isInteger(value) ? enSmallNumbers[value] : undefined;
  return word ?? enMagnitude(value);
}

function enWithUnit(value: number, unit: Unit, inProse: boolean): string {
  switch (unit) {
    case "people":
      return `${enMagnitude(value)} people`;
    case "yuan":
      return `${enMagnitude(value)} yuan`;
    case "km2":
      return `${enGrouped(value)} km²`;
    case "metre":
      return `${enGrouped(value)} metres`;
    case "kilometre":
      return `${enGrouped(value)} km`;
    case "count":
      return enCount(value, inProse);
    case "percent":
      return `${trimmed(value, 2)}%`;
    case "ratio":
      return trimmed(value, 2);
    case "rank":
      return `No. ${value}`;
    case "perTenThousand":
      return `${trimmed(value, 2)} per 10,000 people`;
    case "top":
      return `top ${enCount(value, inProse)}`;
    case "minute":
      return `${trimmed(value, 2)} minutes`;
  }
}

/** How a figure is set: in running text (English spells out counts under ten) or in a chart or table. */
export interface FormatOptions {
  inProse?: boolean;
}

/**
 * Writes a figure with its unit and qualifier for one edition:
 * `formatNumber(135000, "people", "zh-hant", "about")` → "約13.5萬人", in English "about 135,000 people".
 */
export function formatNumber(
  value: number,
  unit: Unit,
  locale: NumberLocale,
  qualifier?: Qualifier,
  { inProse = false }: FormatOptions = {},
): string {
  if (locale === "en") return `${qualifier ? enQualifier[qualifier] : ""}${enWithUnit(value, unit, inProse)}`;
  const simplified = locale === "zh-hans";
  const words = simplified ? hansQualifier : zhQualifier;
  const qualifierWord = qualifier ? words[qualifier] : "";
  // 每萬人 names the base, so the qualifier belongs to the figure after it: 每萬人超過19, not 超過每萬人19.
  if (unit === "perTenThousand") return `${simplified ? "每万人" : "每萬人"}${qualifierWord}${trimmed(value, 2)}`;
  return `${qualifierWord}${zhWithUnit(value, unit, simplified)}`;
}

/** An axis tick: the magnitude alone, without unit or qualifier (10萬, 100,000). */
export function formatTick(value: number, locale: NumberLocale): string {
  return locale === "en" ? enMagnitude(value) : zhMagnitude(value, locale === "zh-hans");
}
