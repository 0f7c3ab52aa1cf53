/**
 * The one door from sharing to the charts: covers and preview cards draw a chart at a step's state
 * through the chart registry, with the same code as the page's static figures.
 */
import { chartSpecs } from "../charts/chartSpecs.ts";
import { renderSvg } from "../charts/renderSvg.ts";
import type { Size } from "../charts/chartTypes.ts";
import { loadChartData } from "../data/loadChartData.ts";
import { forEdition } from "../i18n/forEdition.ts";
import type { Locale } from "../i18n/locales.ts";

const loaded = new Map<string, unknown>();

function chartData(chart: string, locale: Locale): unknown {
  const key = `${chart}/${locale}`;
  if (!loaded.has(key)) loaded.set(key, loadChartData(chart, locale));
  return loaded.get(key);
}

function specOf(chart: string) {
  const spec = chartSpecs[chart];
  if (!spec) throw new Error(`Unknown chart "${chart}"`);
  return spec;
}

/** What the chart shows at this state, in words: the figure's text alternative. */
export function describeChart(chart: string, locale: Locale, state: unknown): string {
  return forEdition(specOf(chart).describe(chartData(chart, locale), state, locale), locale);
}

/** The chart at this state as static SVG markup, laid out for `size`. */
export function drawChart(chart: string, locale: Locale, state: unknown, size: Size): string {
  return renderSvg(specOf(chart).chart, chartData(chart, locale), state, {
    size,
    label: describeChart(chart, locale, state),
  });
}
