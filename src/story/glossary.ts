import { forEdition } from "../i18n/forEdition.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Fact } from "../schemas/fact.ts";
import { glossaryEntrySchema, type GlossaryEntry } from "../schemas/glossaryEntry.ts";
import { ContentError } from "./contentError.ts";
import { definitionParts } from "./definitionParts.ts";
import { loadFacts } from "./facts.ts";
import { loadJsonRecords, recordLocation } from "./loadJsonRecords.ts";

export const glossaryFile = "glossary.json";

/** Fails with the file and line of an entry's field. */
export function glossaryError(index: number, fieldPath: (string | number)[], message: string): ContentError {
  const { file, line } = recordLocation(glossaryFile, index, fieldPath);
  return new ContentError(file, line, message);
}

/**
 * The glossary's entries, in order, checked: unique ids, and every `{fact:…}` or `{cite:…}` of a
 * definition names a fact in content/data/facts.json. Errors name the file and line.
 */
export function loadGlossary(facts: Map<string, Fact> = loadFacts()): GlossaryEntry[] {
  const entries = loadJsonRecords(glossaryFile, glossaryEntrySchema);
  entries.forEach((entry, index) => {
    if (entries.findIndex((other) => other.id === entry.id) !== index)
      throw glossaryError(index, ["id"], `duplicate term id "${entry.id}"; ids must be unique`);
    for (const edition of ["zh-hant", "en"] as const)
      for (const part of definitionParts(entry.definition[edition]))
        if (part.kind !== "text" && !facts.has(part.id))
          throw glossaryError(
            index,
            ["definition", edition],
            `term "${entry.id}": {${part.kind}:${part.id}} names no fact; define it in content/data/facts.json or fix the id`,
          );
  });
  return entries;
}

/** An entry's patterns for an edition's chapters: Simplified ones converted from the Traditional. */
export function termPatterns(entry: GlossaryEntry, locale: Locale): RegExp[] {
  const sources = locale === "en" ? entry.matches.en : entry.matches["zh-hant"].map((s) => forEdition(s, locale));
  return sources.map((source) => new RegExp(source, locale === "en" ? "giu" : "gu"));
}

/**
 * Fails when an entry is used by no chapter of an edition: a term the story never uses does not
 * belong in its glossary (or its patterns no longer find it). `usedIds` are the terms the
 * edition's chapters link.
 */
export function requireTermsUsed(glossary: GlossaryEntry[], usedIds: ReadonlySet<string>, locale: Locale): void {
  glossary.forEach((entry, index) => {
    if (!usedIds.has(entry.id))
      throw glossaryError(
        index,
        ["matches", locale === "en" ? "en" : "zh-hant"],
        `term "${entry.id}" is used by no chapter of the ${locale} edition; fix its matches or remove the entry`,
      );
  });
}
