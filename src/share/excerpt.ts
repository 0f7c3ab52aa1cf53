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
 * A step's words for its share page and card: its own headline, its text as the card's summary, and a
 * description of search-result length.
 */
export function stepExcerpt(
  headline: string,
  text: string,
): { headline: string; summary: string; description: string } {
  return { headline, summary: text, description: clipText(text, 88) };
}
