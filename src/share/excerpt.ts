import type { Locale } from "../i18n/locales.ts";
import { localeInfo } from "../i18n/locales.ts";

/** How wide a text runs in em: Han characters and full-width signs take one, other characters `latinEm`. */
export function textEms(text: string, latinEm = 0.55): number {
  return [...text].reduce(
    (sum, char) => sum + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(char) ? 1 : latinEm),
    0,
  );
}

/**
 * The text cut to about `maxEms`, with "…" when cut: after a clause (a comma or semicolon) when one ends
 * in the last part of what fits, else at a word where words are spaced, else at a character.
 */
export function clipText(text: string, maxEms: number, latinEm = 0.55): string {
  if (textEms(text, latinEm) <= maxEms) return text;
  let ems = 0;
  const kept = [...text].filter((char) => (ems += textEms(char, latinEm)) <= maxEms - 1).join("");
  const clause = Math.max(...[...kept.matchAll(/[,;:]\s|[，、；：]/gu)].map((match) => match.index));
  const spaced = !/\p{Script=Han}/u.test(kept) && kept.includes(" ");
  const cut = clause > kept.length * 0.6 ? kept.slice(0, clause) : spaced ? kept.replace(/\s+\S*$/, "") : kept;
  return `${cut.replace(/[\s,.;:，、；：。（(—–-]+$/u, "")}…`;
}

/**
 * The text's opening sentences, in the edition's language rules: the first, and the next ones while
 * the lead is shorter than `minEms` (a lead-in such as "First, the map." says little alone) and stays
 * within `maxEms`.
 */
export function leadSentences(text: string, locale: Locale, minEms = 14, maxEms = 56): string {
  const segmenter = new Intl.Segmenter(localeInfo(locale).lang, { granularity: "sentence" });
  let lead = "";
  for (const { segment } of segmenter.segment(text)) {
    if (lead && textEms(`${lead}${segment}`.trim()) > maxEms) break;
    lead += segment;
    if (textEms(lead.trim()) >= minEms) break;
  }
  return lead.trim();
}

/**
 * A step's words for its share page and card: its lead sentences as a headline, the rest as the card's
 * summary, and a description of search-result length.
 */
export function stepExcerpt(text: string, locale: Locale): { headline: string; rest: string; description: string } {
  const lead = leadSentences(text, locale);
  return {
    headline: clipText(lead, 56),
    rest: text.slice(lead.length).trim(),
    description: clipText(text, 88),
  };
}
