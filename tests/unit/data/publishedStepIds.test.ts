import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { chapterSchema, chapterSlugs } from "../../../src/schemas/chapter.ts";
import { movedStepTarget } from "../../../src/share/movedStepTarget.ts";

/**
 * Every step id published before the story's rewrite (issue 19), by chapter: a shared link or a
 * lesson plan may name any of them, so each must still be a step or lead to its replacement.
 */
const published = JSON.parse(readFileSync("content/data/published-step-ids.json", "utf8")) as Record<string, string[]>;

function chapter(locale: string, slug: string) {
  const text = readFileSync(`content/chapters/${locale}/${slug}.mdx`, "utf8");
  const frontmatter = chapterSchema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? ""));
  return {
    steps: [...text.matchAll(/<Step id="([a-z0-9-]+)"/g)].map(([, id]) => id),
    moved: frontmatter.movedSteps ?? {},
  };
}

describe("published step ids", () => {
  it("list every chapter", () => {
    expect(Object.keys(published)).toEqual([...chapterSlugs]);
  });

  for (const locale of ["zh-hant", "en"])
    it(`each still exist, or are mapped by movedSteps to a step that exists (${locale})`, () => {
      const problems: string[] = [];
      for (const [slug, ids] of Object.entries(published)) {
        const { steps, moved } = chapter(locale, slug);
        for (const id of ids) {
          if (steps.includes(id)) continue;
          const target = moved[id];
          if (!target) {
            problems.push(`${slug}#${id}: gone, and not in movedSteps`);
            continue;
          }
          const to = movedStepTarget(slug, target);
          if (!chapter(locale, to.chapter).steps.includes(to.step))
            problems.push(`${slug}#${id} → ${target}: no such step`);
        }
      }
      expect(problems).toEqual([]);
    });

  it("are mapped alike in both editions", () => {
    for (const slug of chapterSlugs) expect(chapter("en", slug).moved, slug).toEqual(chapter("zh-hant", slug).moved);
  });
});
