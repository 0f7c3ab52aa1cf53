import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { chapterSchema } from "./schemas/chapter.ts";

/**
 * The story's chapters: `content/chapters/<locale>/<slug>.mdx`.
 * Frontmatter is validated by `chapterSchema` (see src/schemas/chapter.ts for each field);
 * steps, charts and facts inside the MDX are checked by the remarkScrolly plugin.
 */
const chapters = defineCollection({
  loader: glob({ pattern: "*/*.mdx", base: "./content/chapters" }),
  schema: chapterSchema,
});

export const collections = { chapters };
