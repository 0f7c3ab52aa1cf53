import type { Locale } from "../i18n/locales.ts";
import { localeInfo } from "../i18n/locales.ts";

/** How wide a text runs in em: Han characters and full-width signs take one, other characters `latinEm`. */
export function textEms(text: string, latinEm = 0.55): number {
  return [...text].reduce(
    (sum, char) => sum + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(char) ? 1 : latinEm),
    0,
  );
}

/** The text cut to about `maxEms`, at a word where words are spaced, with "…" when cut. */
export function clipText(text: string, maxEms: number, latinEm = 0.55): string {
  if (textEms(text, latinEm) <= maxEms) return text;
  let ems = 0;
  const kept = [...text].filter((char) => (ems += textEms(char, latinEm)) <= maxEms - 1).join("");
  const spaced = !/\p{Script=Han}/u.test(kept) && kept.includes(" ");
  return `${(spaced ? kept.replace(/\s+\S*$/, "") : kept).replace(/[\s,.;:，、；：。（(—–-]+$/u, "")}…`;
}

/** The first sentence of a text, in the edition's language rules. */
export function firstSentence(text: string, locale: Locale): string {
  const segmenter = new Intl.Segmenter(localeInfo(locale).lang, { granularity: "sentence" });
  const [first] = segmenter.segment(text);
  return (first?.segment ?? text).trim();
}

/**
 * A step's words for its share page and card: the first sentence as a headline, the rest as the card's
 * summary, and a description of search-result length.
 */
export function stepExcerpt(text: string, locale: Locale): { headline: string; rest: string; description: string } {
  const sentence = firstSentence(text, locale);
  return {
    headline: clipText(sentence, 56),
    rest: text.slice(sentence.length).trim(),
    description: clipText(text, 88),
  };
}
