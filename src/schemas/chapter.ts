import { z } from "zod";

/** The story's chapters in reading order; the slug is the URL segment in every edition. */
export const chapterSlugs = [
  "fishing-village",
  "farmers-city",
  "town-to-city",
  "lean-government",
  "smart-governance",
  "five-years-on",
  "next-chapter",
] as const;

export type ChapterSlug = (typeof chapterSlugs)[number];

export const chapterSchema = z.strictObject({
  /** Position in the story, 1 to 7; must match the slug's place in `chapterSlugs`. */
  order: z.number().int().min(1).max(chapterSlugs.length),
  /** Chapter title as shown on the cover and in the page heading. */
  title: z.string().min(1),
  /** The years the chapter covers, for the cover and the timeline indicator. */
  years: z
    .strictObject({
      /** First year the chapter tells of. */
      from: z.number().int().min(1800).max(2100),
      /** Last year the chapter tells of. */
      to: z.number().int().min(1800).max(2100),
    })
    .refine((years) => years.from <= years.to, "`years.from` must not be after `years.to`"),
  /** One sentence for the chapter list, the meta description and preview cards. */
  summary: z.string().min(10).max(160),
  /** Two or three open questions a class can discuss at the end of the chapter. */
  discussion: z.array(z.string().min(10)).min(2).max(3).optional(),
});

export type ChapterData = z.infer<typeof chapterSchema>;
