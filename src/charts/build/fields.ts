import { z } from "zod";
import { localizedText } from "../../schemas/localized.ts";

/** A record's stable id in a chart data file, as step states name it. */
export const recordId = z.string().regex(/^[a-z0-9-]+$/, "use lower-case letters, digits and hyphens");

/** The id of a fact in content/data/facts.json. */
export const factRef = z.string().min(1, "name a fact id from content/data/facts.json");

/** A figure a chart draws from one fact: a bar, a point. */
export const figureFields = {
  /** Stable id that step states name (`through`, `show`, `focus`). */
  id: recordId,
  /** Id of the fact (content/data/facts.json) whose figure it draws. */
  fact: factRef,
  /** Its label under the axis (1993, 此前). */
  category: localizedText,
};

/** A record of one kind in a data file that holds several (`"kind": "bar"`). */
export function kindOf<Kind extends string, Fields extends z.ZodRawShape>(kind: Kind, fields: Fields) {
  return z.strictObject({ kind: z.literal(kind), ...fields });
}
