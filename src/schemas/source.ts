import { z } from "zod";
import { editionText } from "./localized.ts";

/**
 * The trust marks of `shared/sources/supplementary-facts.md` ([OFF], [STATE], [PRESS], [WIKI]);
 * UNMARKED is a line there that carries none. Research metadata: never shown to readers, it decides
 * which figures must show their source wherever they appear (PRESS, WIKI, UNMARKED).
 */
export const trustMarks = ["OFF", "STATE", "PRESS", "WIKI", "UNMARKED"] as const;
export type TrustMark = (typeof trustMarks)[number];

const sourceId = z.string().regex(/^[a-z0-9-]+$/, "use lower-case letters, digits and hyphens");
const sourceDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "write the date as YYYY, YYYY-MM or YYYY-MM-DD");

/** A source as readers see it cited (publisher, title, date, link), with what the tests need to check it. */
export const sourceSchema = z
  .strictObject({
    /** Stable id that every data record cites in its `source` field. */
    id: sourceId,
    /** The publisher or author, as readers know it in each edition: 新華網, Xinhua. */
    publisher: editionText,
    /**
     * True when the publisher's name is Chinese: English pages then follow it with its Simplified
     * characters, from the Traditional name, at its place in the source list (Xinhua (新华网)).
     */
    chineseName: z.boolean(),
    /** The headline or document title as published, when it is known; in English, a translation. */
    title: editionText.optional(),
    /** What the source is, in our words, when no title is known: "reports of the inauguration". */
    about: editionText.optional(),
    /** Publication date, only as precise as it is known; omitted when unknown. */
    date: sourceDate.optional(),
    /** Where a reader can find the original, when it is online. */
    url: z.url().optional(),
    /** File in shared/sources that every cited passage quotes word for word. */
    file: z.string().min(1),
    /**
     * True when `file` is the publication's own text, so a passage from it is the publication's
     * words and is shown to readers as a quotation; false when `file` holds research notes about it.
     */
    fullText: z.boolean(),
    /** The mark `supplementary-facts.md` gives the source's line (STATE for the main source). */
    trust: z.enum(trustMarks),
  })
  .refine((source) => source.title !== undefined || source.about !== undefined, {
    message: "give the source a title (as published) or, when none is known, an about (what it is)",
    path: ["about"],
  });

export type Source = z.infer<typeof sourceSchema>;
