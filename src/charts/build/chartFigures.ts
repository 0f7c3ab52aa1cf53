/**
 * A chart at a step's state, by the chart's name, for everything drawn at build time: the steps' static
 * figures, the handout, covers and preview cards. Each chart's data is loaded once per edition.
 */
import { chartSpecs } from "./chartSpecs.ts";
import { renderSvg, staticSize } from "./renderSvg.ts";
import type { Size } from "../chartTypes.ts";
import { chartData } from "./chartData.ts";
import { forEdition } from "../../i18n/forEdition.ts";
import type { Locale } from "../../i18n/locales.ts";

function specOf(chart: string) {
  const spec = chartSpecs[chart];
  if (!spec) throw new Error(`Unknown chart "${chart}"`);
  return spec;
}

/** What the chart shows at this state, in words: the figure's text alternative. */
export function describeChart(chart: string, locale: Locale, state: unknown): string {
  return forEdition(specOf(chart).describe(chartData(chart, locale), state, locale), locale);
}

/** The chart at this state as static SVG markup, laid out for `size` (the page's static size if left out). */
export function drawChart(chart: string, locale: Locale, state: unknown, size: Size = staticSize): string {
  return renderSvg(specOf(chart).chart, chartData(chart, locale), state, {
    size,
    label: describeChart(chart, locale, state),
  });
}
