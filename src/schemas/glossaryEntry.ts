import { z } from "zod";
import { editionText } from "./localized.ts";

/** A regular expression's source, checked to compile, that finds a term in a chapter's text. */
const pattern = z.string().refine(
  (source) => {
    try {
      new RegExp(source, "u");
      return true;
    } catch {
      return false;
    }
  },
  { message: "not a valid regular expression" },
);

/** One entry of the glossary (content/data/glossary.json): a term readers need to follow the reform. */
export const glossaryEntrySchema = z.strictObject({
  /** Stable id: the entry's anchor (#glossary-<id>) and the chapters' links to it. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case letters, digits and single hyphens"),
  /** The term as each edition names it; "zh-hant" is the Chinese term. */
  term: editionText,
  /** The Chinese term in pinyin with tone marks, shown to English readers beside its characters. */
  pinyin: z.string().min(1),
  /**
   * How each edition's chapters write the term: regular expressions (Unicode; English ones ignore
   * case). The first match in a chapter's prose links to the entry. Simplified chapters use the
   * Traditional patterns converted through the edition boundary.
   */
  matches: z.strictObject({ "zh-hant": z.array(pattern).min(1), en: z.array(pattern).min(1) }),
  /** One plain sentence, shown when a reader points at or focuses the term in a chapter. */
  short: editionText,
  /**
   * The definition, in plain words. Where it states a fact, `{fact:<id>}` writes a fact from
   * content/data/facts.json and `{cite:<id>}` marks the statement with its source.
   */
  definition: editionText,
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
