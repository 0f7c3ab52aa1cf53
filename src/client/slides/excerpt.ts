/** Marks the cut when a text is shortened. */
const ellipsis = "…";

/** Punctuation that may not end a cut text, just before the ellipsis. */
const trailing = /[\s,;:，、；：（(“‘—–-]+$/u;

const fullWidth = /[\u3000-\u303f\uff00-\uffef]/u;
const han = /\p{Script=Han}/u;

/** Spaces tidied: runs made one, and none beside full-width punctuation or between Chinese characters. */
function tidy(text: string): string {
  const spaced = text.replace(/\s+/g, " ").trim();
  return spaced.replace(/ /g, (space, offset: number) => {
    const [before = "", after = ""] = [spaced[offset - 1], spaced[offset + 1]];
    const stray = fullWidth.test(before) || fullWidth.test(after) || (han.test(before) && han.test(after));
    return stray ? "" : space;
  });
}

/**
 * The first `max` characters of `text` at most, cut at a sentence end when one falls in the
 * second half of that length, else at a word boundary (Intl.Segmenter, so Chinese splits
 * between words too), followed by "…". A text that fits is returned whole. Spaces are tidied
 * first (text put together from several elements carries stray ones).
 */
export function excerpt(text: string, max: number, locale: string): string {
  const clean = tidy(text);
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
