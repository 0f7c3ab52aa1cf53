import { z } from "zod";
import { editionText } from "./localized.ts";

/**
 * Fields every data record carries, so each figure traces to its source.
 * A derived figure names its inputs and the arithmetic instead of a passage of its own.
 */
export const sourcedFields = {
  /** Id of an entry in content/data/sources.json. */
  source: z.string().min(1, "name the source id from content/data/sources.json"),
  /** The passage of the source file the figure comes from, quoted word for word. */
  passage: z.string().min(1, "quote the passage of the source that gives this figure"),
  /** Set when the figure is computed from others: the arithmetic, in words and numbers, per edition. */
  derivation: editionText.optional(),
  /** A caveat the reader should see, e.g. where sources disagree, per edition. */
  note: editionText.optional(),
};
