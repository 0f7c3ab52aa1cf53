import { readFileSync } from "node:fs";
import type { Chapter } from "../story/chapters.ts";
import { ContentError } from "../story/contentError.ts";
import { frontmatterLine } from "../story/frontmatterLine.ts";
import { movedStepTarget } from "./movedStepTarget.ts";
import { chapterSteps, type ChapterStep } from "../mdx/chapterSteps.ts";

/** A step that moved: its old id in this chapter, and the chapter and step that replace it. */
export interface MovedStep {
  oldId: string;
  chapter: Chapter;
  step: ChapterStep;
}

/**
 * A chapter's moved steps, each checked against its edition: the old id is no longer a step of the
 * chapter and the replacement is one, else the build stops at the frontmatter line.
 */
export async function movedSteps(chapter: Chapter, edition: Chapter[]): Promise<MovedStep[]> {
  const file = `content/chapters/${chapter.entry.id}.mdx`;
  const fail = (oldId: string, message: string): never => {
    throw new ContentError(file, frontmatterLine(readFileSync(file, "utf8"), ["movedSteps", oldId]), message);
  };
  const own = new Set((await chapterSteps(chapter)).map((step) => step.id));
  return Promise.all(
    Object.entries(chapter.entry.data.movedSteps ?? {}).map(async ([oldId, value]) => {
      if (own.has(oldId)) fail(oldId, `movedSteps: "${oldId}" is still a step of this chapter; remove the entry`);
      const target = movedStepTarget(chapter.slug, value);
      const replacement = edition.find((other) => other.slug === target.chapter);
      if (!replacement) return fail(oldId, `movedSteps.${oldId}: no chapter "${target.chapter}"`);
      const steps = await chapterSteps(replacement);
      const step = steps.find(({ id }) => id === target.step);
      if (!step)
        return fail(
          oldId,
          `movedSteps.${oldId}: "${target.step}" is not a step of ${target.chapter}; use one of: ${steps.map(({ id }) => id).join(", ")}`,
        );
      return { oldId, chapter: replacement, step };
    }),
  );
}
