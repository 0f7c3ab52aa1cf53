import type { Fact } from "../schemas/fact.ts";
import type { Source } from "../schemas/source.ts";
import { requireFact } from "./facts.ts";
import { sourceOrder } from "./sourceOrder.ts";

export interface SourceWithFacts {
  source: Source;
  facts: Fact[];
}

/** Groups facts under the sources they cite, sources in the order the facts first use them. */
export function sourcesForFacts(
  factIds: Iterable<string>,
  facts: Map<string, Fact>,
  sources: Map<string, Source>,
): SourceWithFacts[] {
  const unique = [...new Set(factIds)].map((id) => requireFact(facts, id, "source list"));
  return sourceOrder(
    unique.map((fact) => fact.id),
    facts,
    "source list",
  ).map((id) => {
    const source = sources.get(id);
    if (!source) throw new Error(`source list: unknown source "${id}"`);
    return { source, facts: unique.filter((fact) => fact.source === id) };
  });
}
