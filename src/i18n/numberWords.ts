import type { Qualifier, Unit } from "../schemas/fact.ts";
import type { Locale } from "./locales.ts";

/**
 * How the number is written inside a unit's words: `magnitude` in the edition's large units (13.5萬,
 * 49.25 billion), `grouped` with thousands separators, `plain` as digits, `whole` as given (ranks).
 * `count` is a magnitude that English running text spells out under ten.
 */
type NumberStyle = "magnitude" | "grouped" | "plain" | "whole" | "count";

export interface NumberWords {
  /** The Intl locale whose numbers and dates the edition uses. */
  intl: string;
  /** English writes 135,000 but 1.35 million: large units from this magnitude up. */
  magnitudeFrom: number;
  /** Whole numbers written as words in running text, from zero. */
  smallNumbers: readonly string[];
  qualifiers: Record<Qualifier, string>;
  /** Each unit's words around the number `{n}` and its qualifier `{q}`, and how the number is written. */
  units: Record<Unit, { words: string; style: NumberStyle }>;
}

const chinese = (simplified: boolean): NumberWords => ({
  intl: simplified ? "zh-Hans-CN" : "zh-Hant-TW",
  magnitudeFrom: 0,
  smallNumbers: [],
  qualifiers: simplified
    ? { about: "约", nearly: "近", over: "超过", under: "不到" }
    : { about: "約", nearly: "近", over: "超過", under: "不到" },
  units: {
    people: { words: "{q}{n}人", style: "magnitude" },
    yuan: { words: "{q}{n}元", style: "magnitude" },
    km2: { words: "{q}{n}平方公里", style: "plain" },
    // Taiwan writes metres as 公尺; 米 is the mainland word.
    metre: { words: simplified ? "{q}{n}米" : "{q}{n}公尺", style: "magnitude" },
    kilometre: { words: "{q}{n}公里", style: "plain" },
    count: { words: "{q}{n}", style: "magnitude" },
    percent: { words: "{q}{n}%", style: "plain" },
    ratio: { words: "{q}{n}", style: "plain" },
    rank: { words: "{q}第{n}位", style: "whole" },
    // 每萬人 names the base, so the qualifier belongs to the figure after it: 每萬人超過19, not 超過每萬人19.
    perTenThousand: { words: simplified ? "每万人{q}{n}" : "每萬人{q}{n}", style: "plain" },
    top: { words: "{q}前{n}", style: "whole" },
    minute: { words: simplified ? "{q}{n}分钟" : "{q}{n}分鐘", style: "plain" },
  },
});

/** Units, qualifiers and number styles, one table per edition, for src/i18n/formatNumber.ts. */
export const numberWords: Record<Locale, NumberWords> = {
  "zh-hant": chinese(false),
  "zh-hans": chinese(true),
  en: {
    intl: "en-GB",
    magnitudeFrom: 1e6,
    // Newspaper style: whole numbers under ten are words in running text ("six levels", "top three").
    smallNumbers: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    qualifiers: { about: "about ", nearly: "nearly ", over: "more than ", under: "fewer than " },
    units: {
      people: { words: "{q}{n} people", style: "magnitude" },
      yuan: { words: "{q}{n} yuan", style: "magnitude" },
      km2: { words: "{q}{n} km²", style: "grouped" },
      metre: { words: "{q}{n} metres", style: "grouped" },
      kilometre: { words: "{q}{n} km", style: "grouped" },
      count: { words: "{q}{n}", style: "count" },
      percent: { words: "{q}{n}%", style: "plain" },
      ratio: { words: "{q}{n}", style: "plain" },
      rank: { words: "{q}No. {n}", style: "whole" },
      perTenThousand: { words: "{q}{n} per 10,000 people", style: "plain" },
      top: { words: "{q}top {n}", style: "count" },
      minute: { words: "{q}{n} minutes", style: "plain" },
    },
  },
};
