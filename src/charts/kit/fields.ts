import { z } from "zod";

/** A record's stable id in a chart data file, as step states name it. */
export const recordId = z.string().regex(/^[a-z0-9-]+$/, "use lower-case letters, digits and hyphens");

/** The id of a fact in content/data/facts.json. */
export const factRef = z.string().min(1, "name a fact id from content/data/facts.json");
