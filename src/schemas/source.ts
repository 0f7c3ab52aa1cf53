import { z } from "zod";

/**
 * The trust marks of `shared/sources/supplementary-facts.md`; UNMARKED is a line there
 * that carries no mark, shown to the reader with its source like PRESS and WIKI.
 */
export const trustMarks = ["OFF", "STATE", "PRESS", "WIKI", "UNMARKED"] as const;

export const sourceSchema = z.strictObject({
  /** Stable id that every data record cites in its `source` field. */
  id: z.string().regex(/^[a-z0-9-]+$/, "use lower-case letters, digits and hyphens"),
  /** Publisher as it names itself, e.g. 新華網. */
  publisher: z.string().min(1),
  /** The publisher's name in English, for the English edition. */
  publisherEn: z.string().min(1),
  /** The headline or document title in its original language, or a short description where none is known. */
  title: z.string().min(1),
  /** The title or description in English. */
  titleEn: z.string().min(1),
  /** Publication date, YYYY or YYYY-MM-DD, when known. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "write the date as YYYY, YYYY-MM or YYYY-MM-DD")
    .optional(),
  /** Where a reader can find the original, when it is online. */
  url: z.url().optional(),
  /** File in shared/sources whose text every cited passage quotes word for word. */
  file: z.string().min(1),
  /** How far the source may be trusted: PRESS and WIKI facts show their source to the reader. */
  trust: z.enum(trustMarks),
});

export type Source = z.infer<typeof sourceSchema>;
