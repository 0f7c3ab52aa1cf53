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
  /**
   * Steps this chapter once had, by their old id, and where each now is: `"new-id"` (a step of this
   * chapter) or `"other-chapter#new-id"`. Old links keep working: the `#old-id` hash jumps to the
   * replacement and the old share page `/<edition>/<chapter>/step/<old-id>/` forwards to it. Every id in
   * content/data/published-step-ids.json must still be a step or be mapped here (a unit test checks).
   */
  movedSteps: z
    .record(
      z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "an old step id: lower-case letters, digits and single hyphens"),
      z
        .string()
        .regex(
          /^(?:[a-z-]+#)?[a-z0-9]+(?:-[a-z0-9]+)*$/,
          'write "new-step-id", or "other-chapter#new-step-id" when the step moved chapter',
        ),
    )
    .optional(),
});

export type ChapterData = z.infer<typeof chapterSchema>;
