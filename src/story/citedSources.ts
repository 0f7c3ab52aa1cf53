import type { Fact } from "../schemas/fact.ts";
import type { Source } from "../schemas/source.ts";
import { requireFact } from "./facts.ts";
import type { PageCitations } from "./pageCitations.ts";

export interface SourceWithFacts {
  source: Source;
  facts: Fact[];
}

/**
 * A page's source list: its sources in the order its citations number them (pageCitations), each with
 * the page's facts taken from it. The order is taken as given, never worked out again.
 */
export function citedSources(
  citations: Pick<PageCitations, "factIds" | "sourceIds">,
  facts: Map<string, Fact>,
  sources: Map<string, Source>,
): SourceWithFacts[] {
  const pageFacts = citations.factIds.map((id) => requireFact(facts, id, "source list"));
  return citations.sourceIds.map((id) => {
    const source = sources.get(id);
    if (!source) throw new Error(`source list: unknown source "${id}"`);
    return { source, facts: pageFacts.filter((fact) => fact.source === id) };
  });
}
