import type { Fact } from "../schemas/fact.ts";
import type { Source } from "../schemas/source.ts";
import { requireFact } from "./facts.ts";

export interface SourceWithFacts {
  source: Source;
  facts: Fact[];
}

/** Groups facts under the sources they cite, in the order the sources are listed. */
export function sourcesForFacts(
  factIds: Iterable<string>,
  facts: Map<string, Fact>,
  sources: Map<string, Source>,
): SourceWithFacts[] {
  const unique = [...new Set(factIds)].map((id) => requireFact(facts, id, "source list"));
  return [...sources.values()]
    .map((source) => ({ source, facts: unique.filter((fact) => fact.source === source.id) }))
    .filter((group) => group.facts.length > 0);
}
