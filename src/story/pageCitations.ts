import type { Fact } from "../schemas/fact.ts";
import type { Source } from "../schemas/source.ts";
import { requireFact } from "./facts.ts";
import { showsSource } from "./showsSource.ts";
import { sourceOrder } from "./sourceOrder.ts";

/** A fact as a page uses it, in reading order: `cites` when a numbered source mark goes with it. */
export interface FactUse {
  id: string;
  cites: boolean;
}

/** How a page numbers its sources: what its marks show and the order of its source list. */
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

/**
 * The one numbering of a page's sources, from its fact uses in reading order: sources are numbered in the
 * order of their first marks, so the marks a reader meets run 1, 2, 3…; sources the page uses without a
 * mark follow. Chapters are numbered while they compile (remarkCitations), other pages as they render.
 */
export function pageCitations(
  uses: readonly FactUse[],
  facts: Map<string, Fact>,
  sources: Map<string, Source>,
  usedIn: string,
): PageCitations {
  const cited = uses.filter((use) => use.cites).map((use) => use.id);
  const factIds = [...new Set([...cited, ...uses.map((use) => use.id)])];
  const sourceIds = sourceOrder(factIds, facts, usedIn);
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
