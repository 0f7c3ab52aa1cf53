/** Marks the cut when a text is shortened. */
const ellipsis = "…";

/** Punctuation that may not end a cut text, just before the ellipsis. */
const trailing = /[\s,;:，、；：（(“‘—–-]+$/u;

/**
 * The first `max` characters of `text` at most, cut at a sentence end when one falls in the
 * second half of that length, else at a word boundary (Intl.Segmenter, so Chinese splits
 * between words too), followed by "…". A text that fits is returned whole.
 */
export function excerpt(text: string, max: number, locale: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const room = max - ellipsis.length;
  const spaced = !/^zh|^ja|^ko/i.test(locale);
  let sentenceEnd = 0;
  for (const { index, segment } of new Intl.Segmenter(locale, { granularity: "sentence" }).segment(clean)) {
    const end = index + segment.trimEnd().length;
    if (end > room) break;
    sentenceEnd = end;
  }
  if (sentenceEnd >= room / 2) return `${clean.slice(0, sentenceEnd)}${spaced ? " " : ""}${ellipsis}`;
  let wordEnd = 0;
  for (const { index, segment, isWordLike } of new Intl.Segmenter(locale, { granularity: "word" }).segment(clean)) {
    if (index + segment.length > room) break;
    if (isWordLike) wordEnd = index + segment.length;
  }
  return `${clean.slice(0, wordEnd).replace(trailing, "")}${ellipsis}`;
}
