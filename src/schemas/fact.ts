import { z } from "zod";
import { editionText } from "./localized.ts";
import { sourcedFields } from "./sourced.ts";

/** How exact a figure is, as the source words it: 約, 近, 超過, 不到 (about, nearly, more than, fewer than). */
export const qualifiers = ["about", "nearly", "over", "under"] as const;
export type Qualifier = (typeof qualifiers)[number];

/** What a number counts; decides how the formatter writes it. */
export const units = [
  "people",
  "yuan",
  "km2",
  "metre",
  "kilometre",
  "count",
  "percent",
  "ratio",
  "rank",
  "perTenThousand",
  /** A place in a ranking given only as a bound: 前2, top 2. */
  "top",
  "minute",
] as const;
export type Unit = (typeof units)[number];

const factId = z.string().regex(/^[a-z0-9-]+$/, "use lower-case letters, digits and hyphens");

/** A number the story states, in prose or in a chart. */
export const numberFactSchema = z.strictObject({
  /** Stable id that prose (`<Fact id=… />`) and charts cite. */
  id: factId,
  kind: z.literal("number"),
  /** The figure itself, in base units (people, yuan, not 萬 or 億). */
  value: z.number(),
  unit: z.enum(units),
  /** How the source qualifies it: 約, 近, 超過. */
  qualifier: z.enum(qualifiers).optional(),
  /** What the number counts, in each edition (used in tables and the source list). */
  label: editionText,
  ...sourcedFields,
});

/** A date the story states. */
export const dateFactSchema = z.strictObject({
  id: factId,
  kind: z.literal("date"),
  /** YYYY, YYYY-MM or YYYY-MM-DD: only as precise as the source. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "write the date as YYYY, YYYY-MM or YYYY-MM-DD"),
  label: editionText,
  ...sourcedFields,
});

/** A statement the story makes that carries no number or date of its own (who, what, how). */
export const claimFactSchema = z.strictObject({
  id: factId,
  kind: z.literal("claim"),
  /** The claim in a few words, in each edition. */
  label: editionText,
  ...sourcedFields,
});

export const factSchema = z.discriminatedUnion("kind", [numberFactSchema, dateFactSchema, claimFactSchema]);

export type NumberFact = z.infer<typeof numberFactSchema>;
export type DateFact = z.infer<typeof dateFactSchema>;
export type ClaimFact = z.infer<typeof claimFactSchema>;
export type Fact = z.infer<typeof factSchema>;
