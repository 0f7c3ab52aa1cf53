import type { Locale } from "../../i18n/locales.ts";
import { once } from "../../story/once.ts";
import { story } from "../../story/story.ts";
import { chartSpecs } from "./chartSpecs.ts";

/** A chart's data for an edition, as its spec loads it from its data file and the facts: once per build. */
export function chartData(chart: string, locale: Locale): unknown {
  const spec = chartSpecs[chart];
  if (!spec) throw new Error(`Unknown chart "${chart}"`);
  return once(`chart/${chart}/${locale}`, () => spec.load(locale, story.facts()));
}
