import type { Layer } from "./layers.ts";
import { joinMarks, type Marks } from "./join.ts";
import { textLines } from "./textLines.ts";

/** What a bar chart's bar needs to be drawn, whatever else the chart adds. */
export interface BarMark {
  id: string;
  x: number;
  width: number;
  y: number;
  height: number;
  visible: boolean;
  /** The label under the bar, one or two lines. */
  categoryLines: string[];
  /** The value label above the bar, one or two lines. */
  valueLines: string[];
  /** Modifier classes (is-focus, is-derived …). */
  modifiers: string[];
}

/**
 * One group per bar (rect, value label, category label), keyed by id. A bar grows from the baseline
 * and its value label rides on its top; both by attribute and transform, so CSS tweens them.
 */
export function drawBars<B extends BarMark>(
  layer: Layer,
  bars: readonly B[],
  frame: { fontSize: number; valueSize: number; baseline: number; lineHeight: number },
  animate: boolean,
): Marks<SVGGElement, B> {
  const groups = joinMarks<SVGGElement, B, SVGGElement, unknown>(layer, bars, {
    tag: "g",
    className: "bar",
    key: (d) => d.id,
    modifiers: (d) => [...d.modifiers, !d.visible && "is-empty"],
    animate,
    enter: (entering) => {
      entering.append("rect");
      entering.append("text").attr("class", "value").attr("text-anchor", "middle");
      entering.append("text").attr("class", "category").attr("text-anchor", "middle");
    },
  });
  groups
    .select("rect")
    .attr("x", (d) => d.x.toFixed(1))
    .attr("width", (d) => d.width.toFixed(1))
    .attr("y", (d) => d.y.toFixed(1))
    .attr("height", (d) => d.height.toFixed(1));
  const values = groups
    .select<SVGTextElement>("text.value")
    .attr("font-size", frame.valueSize)
    .attr("transform", (d) => {
      const top = d.y - frame.valueSize * 0.45 - frame.lineHeight * (d.valueLines.length - 1);
      return `translate(${(d.x + d.width / 2).toFixed(1)},${top.toFixed(1)})`;
    })
    .attr("opacity", (d) => (d.visible ? 1 : 0));
  textLines(values, (d) => d.valueLines, frame.lineHeight);
  const categories = groups
    .select<SVGTextElement>("text.category")
    .attr("font-size", frame.fontSize)
    .attr(
      "transform",
      (d) => `translate(${(d.x + d.width / 2).toFixed(1)},${(frame.baseline + frame.fontSize * 1.35).toFixed(1)})`,
    );
  textLines(categories, (d) => d.categoryLines, frame.lineHeight);
  return groups;
}
