import type { Fact } from "../schemas/fact.ts";
import { requireFact } from "./facts.ts";

/**
 * The sources of a list of facts, each once, in the order the list first uses them: the order in
 * which a chapter's source list numbers them.
 */
export function sourceOrder(factIds: Iterable<string>, facts: Map<string, Fact>, usedIn: string): string[] {
  const order: string[] = [];
  for (const id of factIds) {
    const source = requireFact(facts, id, usedIn).source;
    if (!order.includes(source)) order.push(source);
  }
  return order;
}
