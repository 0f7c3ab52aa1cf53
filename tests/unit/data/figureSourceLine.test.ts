import { describe, expect, it } from "vitest";
import { chartSpecs } from "../../../src/charts/chartSpecs.ts";
import { loadFacts } from "../../../src/data/facts.ts";
import { figureSourceLine } from "../../../src/data/figureSourceLine.ts";
import { sourceName } from "../../../src/data/sourceName.ts";
import { loadSources } from "../../../src/data/sources.ts";
import { sourcesForFacts } from "../../../src/data/sourcesForFacts.ts";
import { publishedLocales } from "../../../src/i18n/locales.ts";

const facts = loadFacts();
const sources = loadSources();
const population = chartSpecs["population"];
if (!population) throw new Error("no population chart");

describe("figureSourceLine", () => {
  it("names a publisher of several sources once: two Xinhua reports make one “Xinhua”", () => {
    const line = figureSourceLine(population.factIds(), facts, sources, "en");
    const xinhuaReports = sourcesForFacts(population.factIds(), facts, sources).filter(
      (group) => sourceName(group.source, "en").publisher === "Xinhua",
    );
    expect(xinhuaReports.length).toBeGreaterThan(1);
    expect(line.startsWith("Source: ")).toBe(true);
    expect(line.match(/Xinhua/g)).toHaveLength(1);
  });

  it("names every publisher of every chart, each once, in every edition", () => {
    for (const spec of Object.values(chartSpecs))
      for (const locale of publishedLocales) {
        const publishers = sourcesForFacts(spec.factIds(), facts, sources).map(
          (group) => sourceName(group.source, locale).publisher,
        );
        const named = figureSourceLine(spec.factIds(), facts, sources, locale)
          .split(/: |：/)
          .slice(1)
          .join()
          .split(/; |；/);
        expect(named).toEqual([...new Set(publishers)]);
      }
  });
});
