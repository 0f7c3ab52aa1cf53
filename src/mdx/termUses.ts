import { render } from "astro:content";
import { chapterIndex } from "./chapterIndex.ts";
import type { Locale } from "../i18n/locales.ts";
import { getEditionChapters, type Chapter } from "../story/chapters.ts";
import { requireTermsUsed } from "../story/glossary.ts";
import { story } from "../story/story.ts";

/** Where one chapter first uses a glossary term: the step it stands in, or the term's own anchor. */
export interface TermUseIn {
  chapter: Chapter;
  id: string;
  anchor: string;
}

const byEdition = new Map<Locale, Promise<TermUseIn[]>>();

async function gather(locale: Locale): Promise<TermUseIn[]> {
  const chapters = await getEditionChapters(locale);
  const uses = await Promise.all(
    chapters.map(async (chapter) =>
      chapterIndex((await render(chapter.entry)).remarkPluginFrontmatter).terms.map((use) => ({ chapter, ...use })),
    ),
  );
  const all = uses.flat();
  requireTermsUsed(story.glossary(), new Set(all.map((use) => use.id)), locale);
  return all;
}

/**
 * Every first use of a glossary term in an edition's chapters, in chapter order, as remarkGlossary recorded
 * them; gathered and checked once per edition: a term no chapter uses fails the build with its file and line.
 */
export function termUses(locale: Locale): Promise<TermUseIn[]> {
  const known = byEdition.get(locale);
  if (known) return known;
  const gathered = gather(locale);
  byEdition.set(locale, gathered);
  // A failed check is not kept: `astro dev` checks again on the next render.
  gathered.catch(() => byEdition.delete(locale));
  return gathered;
}
