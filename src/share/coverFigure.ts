import { Resvg } from "@resvg/resvg-js";
import { DOMParser } from "linkedom";
import { thumbnailSize } from "./cardLayout.ts";
import { within, withMargin } from "./contentBox.ts";
import { drawChart } from "../charts/build/chartFigures.ts";
import type { Locale } from "../i18n/locales.ts";

/** Room kept around the marks, in the drawing's units. */
const margin = 6;

/**
 * A chapter's small figure for the cover: its chart at a step, drawn by the same code as the page,
 * without labels (specks at that size), cropped to its marks, and without what only an animated chart
 * needs (join keys, full-precision coordinates), so seven of them keep the cover light. Decorative:
 * the chapter's title and summary beside it say what it is.
 */
export function coverFigure(chart: string, locale: Locale, state: unknown): string {
  const drawn = drawChart(chart, locale, state, thumbnailSize).replace(/<text\b[\s\S]*?<\/text>/g, "");
  const document = new DOMParser().parseFromString(
    drawn.replace(/^<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"'),
    "image/svg+xml",
  );
  const svg = document.documentElement;
  const drawnIn = { x: 0, y: 0, ...thumbnailSize };
  const marks = new Resvg(svg.toString(), { font: { loadSystemFonts: false } }).getBBox();
  if (marks) {
    const { x, y, width, height } = withMargin(within(marks, drawnIn), margin);
    svg.setAttribute("viewBox", [x, y, width, height].map((value) => Math.round(value)).join(" "));
  }
  for (const name of ["role", "aria-label", "xmlns"]) svg.removeAttribute(name);
  for (const element of svg.querySelectorAll("[data-key]")) element.removeAttribute("data-key");
  return svg.toString().replace(/(\d+\.\d)\d+/g, "$1");
}
