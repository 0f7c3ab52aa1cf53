import type { Layer } from "./layers.ts";
import { joinMarks } from "./join.ts";

export interface Gridline {
  value: number;
  /** Where the line runs, in px from the top. */
  y: number;
  label: string;
}

/**
 * Horizontal gridlines with their value labels above the line at the left edge, and the baseline:
 * the value axis of the bar and slope charts. Lines move (by transform) when the scale changes.
 */
export function drawGridlines(
  layer: Layer,
  gridlines: readonly Gridline[],
  frame: { left: number; right: number; baseline: number | null; fontSize: number },
  animate: boolean,
): void {
  const grid = joinMarks<SVGGElement, Gridline, SVGGElement, unknown>(layer, gridlines, {
    tag: "g",
    className: "gridline",
    key: (d) => String(d.value),
    animate,
    enter: (entering) => {
      entering.append("path");
      entering.append("text").attr("dy", "-0.35em");
    },
  }).attr("transform", (d) => `translate(0,${d.y.toFixed(1)})`);
  grid.select("path").attr("d", `M${frame.left},0H${frame.right}`);
  grid
    .select("text")
    .attr("x", frame.left)
    .attr("font-size", frame.fontSize)
    .text((d) => d.label);
  joinMarks<SVGPathElement, number, SVGGElement, unknown>(layer, frame.baseline === null ? [] : [frame.baseline], {
    tag: "path",
    className: "baseline",
    key: () => "baseline",
    animate,
  }).attr("d", (y) => `M${frame.left},${y.toFixed(1)}H${frame.right}`);
}
