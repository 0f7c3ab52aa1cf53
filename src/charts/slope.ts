import { select } from "d3-selection";
import { animateWith, fadeOut } from "./animateWith.ts";
import type { Chart, Size } from "./chartTypes.ts";
import { keyOf } from "./keyOf.ts";
import { layers } from "./layer.ts";
import { linearScale } from "./linearScale.ts";
import { textWidth, wrapText } from "./textWidth.ts";
import { formatTick, type NumberLocale } from "../lib/formatNumber.ts";

export interface SlopePoint {
  id: string;
  /** Under the point's column (此前, 如今). */
  category: string;
  value: number;
  valueLabel: string;
}

export interface SlopeData {
  points: SlopePoint[];
  /** What the value axis measures. */
  axisLabel: string;
  /** The reference line's label where the ratio is 1 (城鄉收入相等). */
  equalLabel: string;
  /** A caveat under the chart (the source gives no years). */
  note: string;
  locale: NumberLocale;
}

export interface SlopeState {
  /** The last point shown; the line runs to it from the first. */
  through: string;
  /** Stretch the axis down to 1, where the two incomes would be equal. */
  fromEqual?: boolean | undefined;
}

export interface SlopeMark {
  id: string;
  x: number;
  y: number;
  visible: boolean;
  label: string;
  anchor: "start" | "end";
  category: string;
}

export interface SlopeScene {
  size: Size;
  fontSize: number;
  plotTop: number;
  plotBottom: number;
  axisLabel: string[];
  ticks: { value: number; y: number; label: string }[];
  points: SlopeMark[];
  line: { x1: number; y1: number; x2: number; y2: number } | null;
  equal: { y: number; label: string } | null;
  note: { y: number; lines: string[] };
}

/** Pure layout: the points shown on an axis that either hugs them or reaches down to equality. */
export function layoutSlope(data: SlopeData, state: SlopeState, size: Size): SlopeScene {
  const { width, height } = size;
  const narrow = width < 480;
  const fontSize = narrow ? 13 : 15;
  const lineHeight = fontSize * 1.35;
  const axisLabel = wrapText(data.axisLabel, fontSize - 1, width);
  const noteLines = wrapText(data.note, fontSize - 2, width);
  const plotTop = axisLabel.length * lineHeight + fontSize * 1.5;
  const plotBottom = height - noteLines.length * lineHeight - fontSize * 2.6;

  const values = data.points.map((point) => point.value);
  const low = state.fromEqual ? 1 : Math.min(...values) - 0.08;
  const high = Math.max(...values) + 0.05;
  const y = linearScale([low, high], [plotBottom, plotTop], 5);
  const ticks = y.ticks.map((value) => ({ value, y: y(value), label: formatTick(value, data.locale) }));
  const tickWidth = Math.max(...ticks.map((tick) => textWidth(tick.label, fontSize - 1)));
  const left = tickWidth + 14;
  // Columns inset far enough for the value labels beside them.
  const labelRoom = Math.max(...data.points.map((point) => textWidth(point.valueLabel, fontSize + 4))) + 12;
  const columnX = (index: number) =>
    data.points.length < 2
      ? (left + width) / 2
      : left + labelRoom + (index * (width - left - 2 * labelRoom)) / (data.points.length - 1);

  const throughIndex = data.points.findIndex((point) => point.id === state.through);
  const points = data.points.map((point, index) => ({
    id: point.id,
    x: columnX(index),
    y: y(point.value),
    visible: index <= throughIndex,
    label: point.valueLabel,
    anchor: index === 0 ? ("end" as const) : ("start" as const),
    category: point.category,
  }));
  const first = points[0];
  const last = points[throughIndex];
  return {
    size,
    fontSize,
    plotTop,
    plotBottom,
    axisLabel,
    ticks,
    points,
    line: first && last && last !== first ? { x1: first.x, y1: first.y, x2: last.x, y2: last.y } : null,
    equal: state.fromEqual ? { y: y(1), label: data.equalLabel } : null,
    note: { y: height - (noteLines.length - 1) * lineHeight - 4, lines: noteLines },
  };
}

function drawScene(svgElement: SVGSVGElement, scene: SlopeScene, animate: boolean): void {
  const svg = select(svgElement);
  const { width, height } = scene.size;
  svg.attr("viewBox", `0 0 ${width} ${height}`).attr("class", "chart chart-slope");
  const layer = layers(svgElement, ["grid", "marks", "labels"]);
  const lineHeight = scene.fontSize * 1.35;

  layer.grid
    .selectAll<SVGTextElement, string>("text.axis-label")
    .data(scene.axisLabel)
    .join("text")
    .attr("class", "axis-label")
    .attr("font-size", scene.fontSize - 1)
    .attr("x", 0)
    .attr("y", (_, index) => scene.fontSize + index * lineHeight)
    .text((d) => d);

  const ticks = layer.grid
    .selectAll<SVGGElement, SlopeScene["ticks"][number]>("g.gridline")
    .data(
      scene.ticks,
      keyOf((d) => d.value.toFixed(2)),
    )
    .join(
      (enter) => {
        const g = enter.append("g").attr("class", "gridline").attr("opacity", 0);
        g.attr("transform", (d) => `translate(0,${d.y})`);
        g.append("line");
        g.append("text").attr("x", 0).attr("dy", "0.35em");
        return g;
      },
      (update) => update,
      (exit) => fadeOut(exit, animate),
    )
    .attr("data-key", (d) => d.value.toFixed(2));
  const tickWidth = Math.max(...scene.ticks.map((tick) => textWidth(tick.label, scene.fontSize - 1)));
  ticks
    .select("line")
    .attr("x1", tickWidth + 8)
    .attr("x2", width);
  ticks
    .select("text")
    .attr("font-size", scene.fontSize - 1)
    .text((d) => d.label);
  animateWith(ticks, animate, (t) => t.attr("transform", (d) => `translate(0,${d.y})`).attr("opacity", 1));

  const equal = layer.grid
    .selectAll<SVGGElement, NonNullable<SlopeScene["equal"]>>("g.equal")
    .data(
      scene.equal ? [scene.equal] : [],
      keyOf(() => "equal"),
    )
    .join(
      (enter) => {
        const g = enter.append("g").attr("class", "equal").attr("opacity", 0);
        g.append("line");
        g.append("text").attr("text-anchor", "end").attr("dy", "-0.45em");
        return g;
      },
      (update) => update,
      (exit) => fadeOut(exit, animate),
    )
    .attr("data-key", "equal");
  equal
    .select("line")
    .attr("x1", tickWidth + 8)
    .attr("x2", width);
  equal
    .select("text")
    .attr("x", width)
    .attr("font-size", scene.fontSize - 1)
    .text((d) => d.label);
  animateWith(equal, animate, (t) => t.attr("transform", (d) => `translate(0,${d.y})`).attr("opacity", 1));

  const lines = layer.marks
    .selectAll<SVGLineElement, NonNullable<SlopeScene["line"]>>("line.slope")
    .data(
      scene.line ? [scene.line] : [],
      keyOf(() => "slope"),
    )
    .join(
      (enter) =>
        enter
          .append("line")
          .attr("class", "slope")
          .attr("x1", (d) => d.x1)
          .attr("y1", (d) => d.y1)
          .attr("x2", (d) => d.x1)
          .attr("y2", (d) => d.y1),
      (update) => update,
      (exit) => fadeOut(exit, animate),
    )
    .attr("data-key", "slope");
  animateWith(lines, animate, (t) =>
    t
      .attr("x1", (d) => d.x1)
      .attr("y1", (d) => d.y1)
      .attr("x2", (d) => d.x2)
      .attr("y2", (d) => d.y2),
  );

  const points = layer.marks
    .selectAll<SVGCircleElement, SlopeMark>("circle.point")
    .data(
      scene.points,
      keyOf((d) => d.id),
    )
    .join((enter) =>
      enter
        .append("circle")
        .attr("class", "point")
        .attr("r", 0)
        .attr("cx", (d) => d.x)
        .attr("cy", (d) => d.y),
    )
    .attr("data-key", (d) => d.id);
  animateWith(points, animate, (t) =>
    t
      .attr("cx", (d) => d.x)
      .attr("cy", (d) => d.y)
      .attr("r", (d) => (d.visible ? scene.fontSize * 0.45 : 0)),
  );

  const values = layer.labels
    .selectAll<SVGTextElement, SlopeMark>("text.point-value")
    .data(
      scene.points,
      keyOf((d) => d.id),
    )
    .join((enter) =>
      enter
        .append("text")
        .attr("class", "point-value")
        .attr("opacity", 0)
        .attr("y", (d) => d.y),
    )
    .attr("data-key", (d) => d.id)
    .attr("font-size", scene.fontSize + 4)
    .attr("text-anchor", (d) => d.anchor)
    .attr("x", (d) => d.x + (d.anchor === "end" ? -1 : 1) * scene.fontSize * 0.9)
    .text((d) => d.label);
  animateWith(values, animate, (t) =>
    t.attr("y", (d) => d.y + scene.fontSize * 0.45).attr("opacity", (d) => (d.visible ? 1 : 0)),
  );

  layer.labels
    .selectAll<SVGTextElement, SlopeMark>("text.point-category")
    .data(
      scene.points,
      keyOf((d) => d.id),
    )
    .join("text")
    .attr("class", "point-category")
    .attr("data-key", (d) => d.id)
    .attr("text-anchor", "middle")
    .attr("font-size", scene.fontSize)
    .attr("x", (d) => d.x)
    .attr("y", scene.plotBottom + scene.fontSize * 1.8)
    .attr("opacity", (d) => (d.visible ? 1 : 0.4))
    .text((d) => d.category);

  layer.labels
    .selectAll<SVGTextElement, string>("text.slope-note")
    .data(scene.note.lines)
    .join("text")
    .attr("class", "slope-note")
    .attr("font-size", scene.fontSize - 2)
    .attr("x", 0)
    .attr("y", (_, index) => scene.note.y + index * lineHeight)
    .text((d) => d);
}

export const slope: Chart<SlopeData, SlopeState> = {
  draw(svg, data, state, size, options) {
    drawScene(svg, layoutSlope(data, state, size), options.animate);
  },
};
