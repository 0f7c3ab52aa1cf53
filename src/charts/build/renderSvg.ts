import { parseHTML } from "linkedom";
import type { Chart, Size } from "../chartTypes.ts";

/** The size charts are drawn at in the HTML; the browser re-lays them at their real size. */
export const staticSize: Size = { width: 640, height: 440, fontSize: 15 };

/**
 * Draws a chart state with the same code the browser runs, into a server-side DOM, and returns the
 * `<svg>` markup: the figure a reader sees without JavaScript, in print and in preview images.
 * `renderSvg(chartSpecs[id].chart, chartData(id, locale), state, { label, size? })`.
 */
export function renderSvg<Data, State>(
  chart: Chart<Data, State>,
  data: Data,
  state: State,
  options: { size?: Size; label: string },
): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg") as unknown as SVGSVGElement;
  document.body.appendChild(svg as unknown as Node);
  chart.draw(svg, data, state, options.size ?? staticSize, { animate: false });
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", options.label);
  // A line break after each label (not drawn: SVG shows no text outside <text>), so a text browser,
  // which prints the labels, does not run them together ("50,000100,000").
  return svg.outerHTML.replace(/<\/text>(?=<)/g, "</text>\n");
}
