import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { chapterSchema } from "./schemas/chapter.ts";
import { guideSchema, worksheetSchema } from "./schemas/teach.ts";

/**
 * The story's chapters: `content/chapters/<locale>/<slug>.mdx`.
 * Frontmatter is validated by `chapterSchema` (see src/schemas/chapter.ts for each field);
 * steps, charts and facts inside the MDX are checked by the remarkScrolly plugin.
 */
const chapters = defineCollection({
  loader: glob({ pattern: "*/*.mdx", base: "./content/chapters" }),
  schema: chapterSchema,
});

/**
 * The teacher's guide of each edition: `content/teach/<locale>/guide.mdx` (src/schemas/teach.ts).
 * Its chapters, steps and facts are checked against the story by src/classroom/teach.ts.
 */
const guides = defineCollection({
  loader: glob({ pattern: "*/guide.mdx", base: "./content/teach" }),
  schema: guideSchema,
});

/** The student worksheet of each edition: `content/teach/<locale>/worksheet.mdx`, checked likewise. */
const worksheets = defineCollection({
  loader: glob({ pattern: "*/worksheet.mdx", base: "./content/teach" }),
  schema: worksheetSchema,
});

export const collections = { chapters, guides, worksheets };
