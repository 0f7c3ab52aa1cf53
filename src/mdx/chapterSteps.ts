import { render } from "astro:content";
import { chapterIndex } from "./chapterIndex.ts";
import type { Chapter } from "../story/chapters.ts";
import type { ChapterSlug } from "../schemas/chapter.ts";

/** A step as its share page and card need it: the chart, its state at the step, and the step's words. */
export interface ChapterStep {
  id: string;
  /** The step's own headline (its `headline` attribute): the share title and the card's headline. */
  headline: string;
  chart: string;
  state: unknown;
  text: string;
}

/** Every step of a chapter in reading order, as remarkScrolly recorded them while the MDX compiled. */
export async function chapterSteps(chapter: Chapter): Promise<ChapterStep[]> {
  const { remarkPluginFrontmatter } = await render(chapter.entry);
  return chapterIndex(remarkPluginFrontmatter).scrollies.flatMap(({ chart, steps }) =>
    steps.map((step) => ({ ...step, chart })),
  );
}

/**
 * The steps whose figures say each chapter best, the same in every edition (step ids are shared):
 * `card` for the chapter's preview card; `cover` for its small figure on the cover, where labels are
 * left out, so it needs marks that speak without them and stay light in the page.
 */
export const figureSteps: Record<ChapterSlug, { card: string; cover: string }> = {
  "fishing-village": { card: "arc", cover: "estuary" },
  "farmers-city": { card: "town-1993", cover: "town-1993" },
  "town-to-city": { card: "approval", cover: "approval" },
  "lean-government": { card: "cadres-move-down", cover: "middle-folds" },
  "smart-governance": { card: "all-connected", cover: "iot-sensors" },
  "five-years-on": { card: "businesses-doubled", cover: "businesses-doubled" },
  "next-chapter": { card: "opened-projects", cover: "started-projects" },
};

/** The chapter's step for its card or its cover figure; a name that is not one of its steps fails the build. */
export async function figureStep(chapter: Chapter, use: "card" | "cover"): Promise<ChapterStep> {
  const steps = await chapterSteps(chapter);
  const id = figureSteps[chapter.slug][use];
  const step = steps.find((candidate) => candidate.id === id);
  if (!step)
    throw new Error(
      `src/mdx/chapterSteps.ts: figureSteps["${chapter.slug}"].${use} is "${id}", not a step of content/chapters/${chapter.entry.id}.mdx; use one of: ${steps.map((candidate) => candidate.id).join(", ")}`,
    );
  return step;
}
