/**
 * The story's data, loaded and checked once per build: facts, sources and glossary. Pages, components,
 * the MDX plugins and the charts' data (src/charts/build/chartData.ts) ask here instead of reading the
 * files; each answer is kept until a data file it was derived from changes (so `astro dev` shows an edit
 * on reload).
 */
import type { Fact } from "../schemas/fact.ts";
import type { GlossaryEntry } from "../schemas/glossaryEntry.ts";
import type { Source } from "../schemas/source.ts";
import { loadFacts } from "./facts.ts";
import { loadGlossary } from "./glossary.ts";
import { once } from "./once.ts";
import { loadSources } from "./sources.ts";

export const story = {
  /** Every source, by id (content/data/sources.json). */
  sources: (): Map<string, Source> => once("sources", loadSources),
  /** Every fact, by id, each citing a source that exists (content/data/facts.json). */
  facts: (): Map<string, Fact> => once("facts", () => loadFacts(story.sources())),
  /** The glossary's entries, in order, their definitions' facts checked (content/data/glossary.json). */
  glossary: (): GlossaryEntry[] => once("glossary", () => loadGlossary(story.facts())),
};
