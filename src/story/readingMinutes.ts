/**
 * Reading time of a chapter's MDX source, in whole minutes (at least one): Chinese at
 * about 400 characters a minute, English at about 230 words. Tags and attributes don't count.
 */
export function readingMinutes(mdx: string, locale: string): number {
  const text = mdx
    .replace(/^---[\s\S]*?---/, "")
    .replace(/<[^>]*>/g, " ")
    .replace(/[#*_>`[\]()-]/g, " ");
  const amount =
    locale === "en"
      ? text.split(/\s+/).filter(Boolean).length / 230
      : (text.match(/[\u3400-\u9fff]/g)?.length ?? 0) / 400;
  return Math.max(1, Math.round(amount));
}
