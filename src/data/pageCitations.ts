import type { Fact } from "../schemas/fact.ts";
import type { Source } from "../schemas/source.ts";
import { citationOrder, type FactUse } from "./citationOrder.ts";
import { requireFact } from "./facts.ts";
import { showsSource } from "./showsSource.ts";

/** A page's source numbering, for pages whose marks are not all in one MDX body (glossary, teacher's pages). */
export interface PageCitations {
  /** The page's facts in the order its source list numbers their sources. */
  factIds: string[];
  /** The page's sources, in that order: a source's number is its index plus one. */
  sourceIds: string[];
  /** The number of a fact's source on this page. */
  numberOf(factId: string): number;
  /** The number a `<Fact>` shows after the figure, or undefined where the figure needs no mark. */
  citeNumberOf(factId: string): number | undefined;
}

/** The use of a fact written by `<Fact>` (a mark when its source must show) or `<Cite>` (always a mark). */
export function factUse(
  kind: "fact" | "cite",
  id: string,
  facts: Map<string, Fact>,
  sources: Map<string, Source>,
  usedIn: string,
): FactUse {
  const source = sources.get(requireFact(facts, id, usedIn).source);
  return { id, cites: kind === "cite" || (source !== undefined && showsSource(source)) };
}

/** Numbers a page's sources from its fact uses in reading order, as remarkCitations does for a chapter. */
export function pageCitations(
  uses: readonly FactUse[],
  facts: Map<string, Fact>,
  sources: Map<string, Source>,
  usedIn: string,
): PageCitations {
  const { factIds, sourceIds } = citationOrder(uses, facts, usedIn);
  const numberOf = (factId: string) => sourceIds.indexOf(requireFact(facts, factId, usedIn).source) + 1;
  return {
    factIds,
    sourceIds,
    numberOf,
    citeNumberOf(factId) {
      const source = sources.get(requireFact(facts, factId, usedIn).source);
      return source && showsSource(source) ? numberOf(factId) : undefined;
    },
  };
}
