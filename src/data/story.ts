/**
 * The story's data, loaded and checked once per build: facts, sources, glossary and each chart's data
 * for an edition. Pages, components and the MDX plugins ask here instead of reading the files; each
 * answer is kept until a data file it was derived from changes (so `astro dev` shows an edit on reload).
 */
import { chartSpecs } from "../charts/chartSpecs.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Fact } from "../schemas/fact.ts";
import type { GlossaryEntry } from "../schemas/glossaryEntry.ts";
import type { Source } from "../schemas/source.ts";
import { loadFacts } from "./facts.ts";
import { loadGlossary } from "./glossary.ts";
import { loadJsonRecords, trackReads, type RecordsRead } from "./loadJsonRecords.ts";
import { loadSources } from "./sources.ts";

interface Entry {
  value: unknown;
  reads: RecordsRead[];
}

const entries = new Map<string, Entry>();

/** A file is current when reading it again gives the very records read before (nothing was re-read). */
const current = (read: RecordsRead) => loadJsonRecords(read.name, read.schema) === read.records;

function once<T>(key: string, compute: () => T): T {
  const entry = entries.get(key);
  // `every` re-registers the entry's files with an enclosing `once`, which then depends on them too.
  if (entry && entry.reads.every(current)) return entry.value as T;
  const { value, reads } = trackReads(compute);
  entries.set(key, { value, reads });
  return value;
}

export const story = {
  /** Every source, by id (content/data/sources.json). */
  sources: (): Map<string, Source> => once("sources", loadSources),
  /** Every fact, by id, each citing a source that exists (content/data/facts.json). */
  facts: (): Map<string, Fact> => once("facts", () => loadFacts(story.sources())),
  /** The glossary's entries, in order, their definitions' facts checked (content/data/glossary.json). */
  glossary: (): GlossaryEntry[] => once("glossary", () => loadGlossary(story.facts())),
  /** A chart's data for an edition, as its spec loads it from its data file and the facts. */
  chartData(chart: string, locale: Locale): unknown {
    const spec = chartSpecs[chart];
    if (!spec) throw new Error(`Unknown chart "${chart}"`);
    return once(`chart/${chart}/${locale}`, () => spec.load(locale, story.facts()));
  },
};
