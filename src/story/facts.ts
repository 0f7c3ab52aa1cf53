import { factSchema, type Fact } from "../schemas/fact.ts";
import type { Source } from "../schemas/source.ts";
import { ContentError } from "./contentError.ts";
import { loadJsonRecords } from "./loadJsonRecords.ts";
import { loadSources } from "./sources.ts";

/**
 * Every fact of the story, by id; each cites a source that exists. Pages and components ask
 * `story.facts()` (src/story/story.ts), which keeps the result.
 */
export function loadFacts(sources: Map<string, Source> = loadSources()): Map<string, Fact> {
  const byId = new Map<string, Fact>();
  for (const fact of loadJsonRecords("facts.json", factSchema)) {
    if (byId.has(fact.id))
      throw new ContentError(
        "content/data/facts.json",
        undefined,
        `duplicate fact id "${fact.id}"; ids must be unique`,
      );
    if (!sources.has(fact.source))
      throw new ContentError(
        "content/data/facts.json",
        undefined,
        `fact "${fact.id}" cites unknown source "${fact.source}"; add it to content/data/sources.json or fix the id`,
      );
    byId.set(fact.id, fact);
  }
  return byId;
}

/** Looks a fact up, failing with a message that says where to define it. */
export function requireFact(facts: Map<string, Fact>, id: string, usedIn: string): Fact {
  const fact = facts.get(id);
  if (!fact) throw new ContentError(usedIn, undefined, `unknown fact "${id}"; define it in content/data/facts.json`);
  return fact;
}
