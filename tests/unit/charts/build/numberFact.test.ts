import { describe, expect, it } from "vitest";
import { numberFact } from "../../../../src/charts/build/numberFact.ts";
import { loadFacts } from "../../../../src/story/facts.ts";

const facts = loadFacts();

describe("numberFact", () => {
  it("gives a number fact of the unit asked for, and fails naming the file otherwise", () => {
    expect(numberFact(facts, "population-1993", ["people"], "x.json").value).toBe(135000);
    expect(() => numberFact(facts, "population-1993", ["count"], "content/data/x.json")).toThrow(
      /x\.json.*not a number in count/,
    );
  });
});
