import type { Fact } from "../schemas/fact.ts";
import { sourceOrder } from "./sourceOrder.ts";

/** A fact as a page uses it, in reading order: `cites` when a numbered source mark goes with it. */
export interface FactUse {
  id: string;
  cites: boolean;
}

/**
 * Numbers a page's sources in the order of its first source marks, so the marks a reader meets
 * run 1, 2, 3…; sources the page uses without a mark follow. `factIds` is the page's facts in
 * that order (the source list's input); a source's number is its index in `sourceIds` plus one.
 */
export function citationOrder(
  uses: readonly FactUse[],
  facts: Map<string, Fact>,
  usedIn: string,
): { factIds: string[]; sourceIds: string[] } {
  const cited = uses.filter((use) => use.cites).map((use) => use.id);
  const factIds = [...new Set([...cited, ...uses.map((use) => use.id)])];
  return { factIds, sourceIds: sourceOrder(factIds, facts, usedIn) };
}
