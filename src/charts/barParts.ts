import type { BaseType, Selection } from "d3-selection";
import { animateWith } from "./animateWith.ts";
import { keyOf } from "./keyOf.ts";

/** What a bar chart's bar needs to be drawn, whatever else the chart adds. */
export interface BarMarkBase {
  id: string;
  x: number;
  width: number;
  y: number;
  height: number;
  visible: boolean;
  category: string;
  /** The value label, one or two lines. */
  valueLines: string[];
}

export interface Gridline {
  value: number;
  y: number;
  label: string;
}

type Layer = Selection<SVGGElement, unknown, BaseType, unknown>;

/** Horizontal gridlines with their value labels, and the baseline, in a bar chart's grid layer. */
export function drawGridlines(
  layer: Layer,
  gridlines: Gridline[],
  size: { fontSize: number; right: number; baseline: number },
  animate: boolean,
): void {
  const grid = layer
    .selectAll<SVGGElement, Gridline>("g.gridline")
    .data(
      gridlines,
      keyOf((d) => String(d.value)),
    )
    .join((enter) => {
      const g = enter.append("g").attr("class", "gridline").attr("opacity", 0);
      g.attr("transform", `translate(0,${size.baseline})`);
      g.append("line");
      g.append("text").attr("x", 0).attr("dy", "-0.35em");
      return g;
    })
    .attr("data-key", (d) => String(d.value));
  grid.select("line").attr("x1", 0).attr("x2", size.right);
  grid
    .select("text")
    .attr("font-size", size.fontSize - 1)
    .text((d) => d.label);
  animateWith(grid, animate, (t) => t.attr("transform", (d) => `translate(0,${d.y})`).attr("opacity", 1));
  layer
    .selectAll<SVGLineElement, null>("line.baseline")
    .data([null])
    .join("line")
    .attr("class", "baseline")
    .attr("x1", 0)
    .attr("x2", size.right)
    .attr("y1", size.baseline)
    .attr("y2", size.baseline);
}

/** One group per bar (rect, value label, category label), keyed by id, growing from the baseline. */
export function drawBars<B extends BarMarkBase>(
  layer: Layer,
  className: string,
  bars: B[],
  size: { fontSize: number; baseline: number },
  animate: boolean,
): Selection<SVGGElement, B, SVGGElement, unknown> {
  const groups = layer
    .selectAll<SVGGElement, B>(`g.${className}`)
    .data(
      bars,
      keyOf((d) => d.id),
    )
    .join((enter) => {
      const g = enter.append("g").attr("class", className);
      g.append("rect").attr("y", size.baseline).attr("height", 0);
      g.append("text").attr("class", "value").attr("text-anchor", "middle").attr("y", size.baseline).attr("opacity", 0);
      g.append("text").attr("class", "category").attr("text-anchor", "middle");
      return g;
    })
    .attr("data-key", (d) => d.id);
  groups
    .select("rect")
    .attr("x", (d) => d.x)
    .attr("width", (d) => d.width);
  animateWith(groups.select<SVGRectElement>("rect"), animate, (t) =>
    t.attr("y", (d) => d.y).attr("height", (d) => d.height),
  );
  const values = groups.select<SVGTextElement>("text.value").attr("font-size", size.fontSize);
  values
    .selectAll("tspan")
    .data((d) => d.valueLines.map((line, index) => ({ line, index, x: d.x + d.width / 2 })))
    .join("tspan")
    .attr("x", (d) => d.x)
    .attr("dy", (d) => (d.index === 0 ? 0 : "1.2em"))
    .text((d) => d.line);
  animateWith(values, animate, (t) =>
    t
      .attr("y", (d) => d.y - size.fontSize * (0.5 + 1.2 * (d.valueLines.length - 1)))
      .attr("opacity", (d) => (d.visible ? 1 : 0)),
  );
  groups
    .select("text.category")
    .attr("x", (d) => d.x + d.width / 2)
    .attr("y", size.baseline + size.fontSize * 1.5)
    .attr("font-size", size.fontSize)
    .text((d) => d.category);
  return groups as unknown as Selection<SVGGElement, B, SVGGElement, unknown>;
}
