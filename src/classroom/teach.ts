import { readFileSync } from "node:fs";
import { getCollection, render, type CollectionEntry } from "astro:content";
import type { Locale } from "../i18n/locales.ts";
import { chapterIndex } from "../mdx/chapterIndex.ts";
import { getEditionChapters, type Chapter } from "../story/chapters.ts";
import { checkAnswerKey, checkGuide, checkWorksheet, type StoryIndex } from "./checkTeach.ts";
import { ContentError } from "../story/contentError.ts";
import { story } from "../story/story.ts";

export interface TeachEdition {
  guide: CollectionEntry<"guides">;
  worksheet: CollectionEntry<"worksheets">;
  /** The edition's chapters, in reading order. */
  chapters: Chapter[];
  /** Each chapter's scrolly sections as compiled: the charts and step ids the pages may point at. */
  story: StoryIndex;
}

async function storyIndex(chapters: Chapter[]): Promise<StoryIndex> {
  const entries = await Promise.all(
    chapters.map(async ({ slug, entry }) => {
      const { remarkPluginFrontmatter } = await render(entry);
      const { scrollies } = chapterIndex(remarkPluginFrontmatter);
      const index = {
        stepIds: scrollies.flatMap((scrolly) => scrolly.steps.map((step) => step.id)),
        charts: scrollies.map((scrolly) => scrolly.chart),
      };
      return [slug, index] as const;
    }),
  );
  return {
    chapters: new Map(entries),
    facts: story.facts(),
    glossaryIds: new Set(story.glossary().map((entry) => entry.id)),
  };
}

function find<T extends { id: string }>(entries: T[], locale: Locale, name: string): T {
  const entry = entries.find((candidate) => candidate.id === `${locale}/${name}`);
  if (!entry)
    throw new ContentError(`content/teach/${locale}/${name}.mdx`, undefined, "missing; write it for this edition");
  return entry;
}

/** An entry's file and its text, for error lines. */
function sourceOf(entry: { id: string; filePath?: string | undefined }): { file: string; text: string } {
  if (!entry.filePath) throw new Error(`${entry.id}: the content loader gave no file path`);
  return { file: entry.filePath, text: readFileSync(entry.filePath, "utf8") };
}

const editions = new Map<Locale, Promise<TeachEdition>>();

/**
 * An edition's teacher's guide and worksheet, checked against its chapters (every chapter,
 * step, chart, fact and glossary entry they name exists, and the guide's key answers every
 * question of the worksheet; see checkTeach.ts), so a bad reference fails the build
 * with the file and line. Loaded once per edition and build.
 */
export function getTeachEdition(locale: Locale): Promise<TeachEdition> {
  let edition = editions.get(locale);
  if (!edition) {
    edition = (async () => {
      const guide = find(await getCollection("guides"), locale, "guide");
      const worksheet = find(await getCollection("worksheets"), locale, "worksheet");
      const chapters = await getEditionChapters(locale);
      const story = await storyIndex(chapters);
      const guideFile = sourceOf(guide);
      checkGuide(guideFile.file, guideFile.text, guide.data, story);
      const worksheetFile = sourceOf(worksheet);
      checkWorksheet(worksheetFile.file, worksheetFile.text, worksheet.data, story);
      checkAnswerKey(guideFile.file, guideFile.text, guide.data, worksheet.data, story);
      return { guide, worksheet, chapters, story };
    })();
    editions.set(locale, edition);
  }
  return edition;
}
