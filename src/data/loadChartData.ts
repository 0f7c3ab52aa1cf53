import { chartSpecs } from "../charts/chartSpecs.ts";
import type { Fact } from "../schemas/fact.ts";
import type { Locale } from "../i18n/locales.ts";
import { loadFacts } from "./facts.ts";

/** A chart's data for an edition, resolved from the data files (read fresh each build). */
export function loadChartData(chart: string, locale: Locale, facts: Map<string, Fact> = loadFacts()): unknown {
  const spec = chartSpecs[chart];
  if (!spec) throw new Error(`Unknown chart "${chart}"`);
  return spec.load(locale, facts);
}
