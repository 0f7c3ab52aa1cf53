import type { VFile } from "vfile";
import { z } from "zod";

const factUse = z.object({ id: z.string(), cites: z.boolean() });
/** A term's first use: its step (or own anchor), the words as written, and the id of its note after the prose. */
const termUse = z.object({ id: z.string(), anchor: z.string(), text: z.string(), note: z.string() });
const scrollySummary = z.object({
  chart: z.string(),
  steps: z.array(z.object({ id: z.string(), headline: z.string(), state: z.unknown(), text: z.string() })),
});

/** What the MDX plugins learn about a chapter while it compiles, for the pages that render it. */
const chapterIndexSchema = z.object({
  /** How the chapter numbers its sources: its facts and sources in source-list order (remarkCitations). */
  citations: z
    .object({ factIds: z.array(z.string()), sourceIds: z.array(z.string()) })
    .default({ factIds: [], sourceIds: [] }),
  /** Every fact and source mark in reading order, with whether it shows a source number (remarkCitations). */
  factUses: z.array(factUse).default([]),
  /** The charts its sections draw, in order (remarkScrolly). */
  charts: z.array(z.string()).default([]),
  /** Each section's chart and its steps: state, headline and words, for share pages (remarkScrolly). */
  scrollies: z.array(scrollySummary).default([]),
  /** Where the chapter first uses each glossary term (remarkGlossary). */
  terms: z.array(termUse).default([]),
});

export type ChapterIndex = z.infer<typeof chapterIndexSchema>;
export type TermUse = z.infer<typeof termUse>;
export type ScrollySummary = z.infer<typeof scrollySummary>;

/** The frontmatter of the chapter being compiled, where Astro collects what the plugins record. */
const frontmatterOf = (file: VFile) =>
  (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;

/** A plugin's part of the index, written into the compiled chapter's frontmatter (Astro hands it to pages). */
export function recordInChapterIndex(file: VFile, part: Partial<ChapterIndex>): void {
  const frontmatter = frontmatterOf(file);
  if (frontmatter) Object.assign(frontmatter, part);
}

/** The index as the plugins before this one left it, while a chapter compiles. */
export function indexSoFar(file: VFile): ChapterIndex {
  return chapterIndexSchema.parse(frontmatterOf(file) ?? {});
}

/** The index of a rendered chapter or teacher's page, from `render(entry).remarkPluginFrontmatter`. */
export function chapterIndex(remarkPluginFrontmatter: Record<string, unknown>): ChapterIndex {
  return chapterIndexSchema.parse(remarkPluginFrontmatter);
}
