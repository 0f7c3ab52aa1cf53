import { describe, expect, it } from "vitest";
import { chartSpecs } from "../../../../src/charts/build/chartSpecs.ts";
import { loadFacts } from "../../../../src/story/facts.ts";
import { figureSourceLine } from "../../../../src/charts/build/figureSourceLine.ts";
import { sourceName } from "../../../../src/story/sourceName.ts";
import { loadSources } from "../../../../src/story/sources.ts";
import { sourceOrder } from "../../../../src/story/sourceOrder.ts";
import { publishedLocales } from "../../../../src/i18n/locales.ts";

const facts = loadFacts();
const sources = loadSources();

describe("figureSourceLine", () => {
  it("names a publisher of several sources once: two reports by one agency make one name", () => {
    // A publisher of two sources in sources.json, and a fact from each.
    const bySource = [...sources.values()];
    const shared = bySource.find(
      (source) =>
        bySource.filter((other) => sourceName(other, "en").publisher === sourceName(source, "en").publisher).length > 1,
    );
    if (!shared) throw new Error("sources.json has no publisher of two sources to test with");
    const publisher = sourceName(shared, "en").publisher;
    const factIds = bySource
      .filter((source) => sourceName(source, "en").publisher === publisher)
      .map((source) => [...facts.values()].find((fact) => fact.source === source.id)?.id)
      .filter((id): id is string => id !== undefined);
    expect(factIds.length).toBeGreaterThan(1);
    const line = figureSourceLine(factIds, facts, sources, "en");
    expect(line.startsWith("Source: ")).toBe(true);
    expect(line.split(publisher)).toHaveLength(2);
  });

  it("names every publisher of every chart, each once, in every edition", () => {
    for (const spec of Object.values(chartSpecs))
      for (const locale of publishedLocales) {
        const publishers = sourceOrder(spec.factIds(), facts, "test").flatMap((id) => {
          const source = sources.get(id);
          return source ? [sourceName(source, locale).publisher] : [];
        });
        const named = figureSourceLine(spec.factIds(), facts, sources, locale)
          .split(/: |：/)
          .slice(1)
          .join()
          .split(/; |；/);
        expect(named).toEqual([...new Set(publishers)]);
      }
  });
});
