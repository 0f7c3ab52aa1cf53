import { ContentError } from "../../story/contentError.ts";
import { requireFact } from "../../story/facts.ts";
import type { Fact, NumberFact, Unit } from "../../schemas/fact.ts";

/** A number fact with the unit a chart needs, or a build error naming the data file and what to fix. */
export function numberFact(facts: Map<string, Fact>, id: string, units: readonly Unit[], file: string): NumberFact {
  const fact = requireFact(facts, id, file);
  if (fact.kind !== "number" || !units.includes(fact.unit))
    throw new ContentError(file, undefined, `fact "${id}" is not a number in ${units.join(" or ")}`);
  return fact;
}
