import type { Chart, Size } from "../chartTypes.ts";
import { drawGridlines, type Gridline } from "../kit/gridlines.ts";
import { joinMarks } from "../kit/join.ts";
import { layers, type Layer } from "../kit/layers.ts";
import { linearScale } from "../kit/linearScale.ts";
import { textLines } from "../kit/textLines.ts";
import { textWidth } from "../kit/textWidth.ts";
import { wrapText } from "../kit/wrapText.ts";
import { formatTick, type NumberLocale } from "../../lib/formatNumber.ts";

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
  lineHeight: number;
  valueSize: number;
  plotLeft: number;
  plotBottom: number;
  axisLabel: string[];
  ticks: Gridline[];
  points: SlopeMark[];
  line: string | null;
  equal: { y: number; label: string } | null;
  note: { y: number; lines: string[] };
}

/** Pure layout: the points shown on an axis that either hugs them or reaches down to equality. */
export function layoutSlope(data: SlopeData, state: SlopeState, size: Size): SlopeScene {
  const { width, height, fontSize } = size;
  const lineHeight = fontSize * 1.25;
  const valueSize = fontSize * 1.25;
  const axisLabel = wrapText(data.axisLabel, fontSize, width);
  const noteLines = wrapText(data.note, fontSize, width);
  const plotTop = axisLabel.length * lineHeight + fontSize * 1.4;
  const plotBottom = Math.max(plotTop, height - noteLines.length * lineHeight - fontSize * 2.4);
  const values = data.points.map((point) => point.value);
  const low = state.fromEqual ? 1 : Math.min(...values) - 0.08;
  const y = linearScale(
    [low, Math.max(...values) + 0.05],
    [plotBottom, plotTop],
    Math.max(2, Math.floor((plotBottom - plotTop) / (fontSize * 2.5))),
  );
  const ticks = y.ticks.map((value) => ({ value, y: y(value), label: formatTick(value, data.locale) }));
  const plotLeft = Math.max(0, ...ticks.map((tick) => textWidth(tick.label, fontSize))) + fontSize * 0.6;
  // Columns inset far enough for the value labels beside them.
  const labelRoom = Math.max(...data.points.map((point) => textWidth(point.valueLabel, valueSize, "bold"))) + fontSize;
  const columnX = (index: number) =>
    data.points.length < 2
      ? (plotLeft + width) / 2
      : plotLeft + labelRoom + (index * (width - plotLeft - 2 * labelRoom)) / (data.points.length - 1);
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
  const f = (value: number) => value.toFixed(1);
  return {
    size,
    lineHeight,
    valueSize,
    plotLeft,
    plotBottom,
    axisLabel,
    ticks,
    points,
    line: first && last && last !== first ? `M${f(first.x)},${f(first.y)}L${f(last.x)},${f(last.y)}` : null,
    equal: state.fromEqual ? { y: y(1), label: data.equalLabel } : null,
    note: { y: height - (noteLines.length - 1) * lineHeight - fontSize * 0.35, lines: noteLines },
  };
}

function frameMarks(layer: Layer, scene: SlopeScene, animate: boolean): void {
  const { width, fontSize } = scene.size;
  const texts = joinMarks<SVGTextElement, { id: string; y: number; lines: string[] }, SVGGElement, unknown>(
    layer,
    [
      { id: "axis-label", y: fontSize, lines: scene.axisLabel },
      { id: "slope-note", ...scene.note },
    ],
    { tag: "text", className: "frame-text", key: (d) => d.id, modifiers: (d) => [d.id], animate },
  )
    .attr("font-size", fontSize)
    .attr("transform", (d) => `translate(0,${d.y.toFixed(1)})`);
  textLines(texts, (d) => d.lines, scene.lineHeight);
  drawGridlines(layer, scene.ticks, { left: 0, right: width, baseline: null, fontSize }, animate);
  const equal = joinMarks<SVGGElement, NonNullable<SlopeScene["equal"]>, SVGGElement, unknown>(
    layer,
    scene.equal ? [scene.equal] : [],
    {
      tag: "g",
      className: "equal",
      key: () => "equal",
      animate,
      enter: (entering) => {
        entering.append("path");
        entering.append("text").attr("text-anchor", "end").attr("dy", "-0.45em");
      },
    },
  ).attr("transform", (d) => `translate(0,${d.y.toFixed(1)})`);
  equal.select("path").attr("d", `M${scene.plotLeft.toFixed(1)},0H${width}`);
  equal
    .select("text")
    .attr("x", width)
    .attr("font-size", fontSize)
    .text((d) => d.label);
}

function pointMarks(layers: Record<"line" | "marks" | "labels", Layer>, scene: SlopeScene, animate: boolean): void {
  const { fontSize } = scene.size;
  joinMarks<SVGPathElement, string, SVGGElement, unknown>(layers.line, scene.line ? [scene.line] : [], {
    tag: "path",
    className: "slope",
    key: () => "slope",
    animate,
  }).attr("d", (d) => d);
  joinMarks<SVGCircleElement, SlopeMark, SVGGElement, unknown>(layers.marks, scene.points, {
    tag: "circle",
    className: "point",
    key: (d) => d.id,
    animate,
  })
    .attr("cx", (d) => d.x.toFixed(1))
    .attr("cy", (d) => d.y.toFixed(1))
    .attr("r", (d) => (d.visible ? fontSize * 0.45 : 0).toFixed(1));
  joinMarks<SVGTextElement, SlopeMark, SVGGElement, unknown>(layers.labels, scene.points, {
    tag: "text",
    className: "point-value",
    key: (d) => d.id,
    animate,
  })
    .attr("font-size", scene.valueSize.toFixed(1))
    .attr("text-anchor", (d) => d.anchor)
    .attr("transform", (d) => {
      const x = d.x + (d.anchor === "end" ? -1 : 1) * fontSize * 0.9;
      return `translate(${x.toFixed(1)},${(d.y + scene.valueSize * 0.35).toFixed(1)})`;
    })
    .attr("opacity", (d) => (d.visible ? 1 : 0))
    .text((d) => d.label);
  joinMarks<SVGTextElement, SlopeMark, SVGGElement, unknown>(layers.labels, scene.points, {
    tag: "text",
    className: "point-category",
    key: (d) => d.id,
    modifiers: (d) => [!d.visible && "is-muted"],
    animate,
  })
    .attr("text-anchor", "middle")
    .attr("font-size", fontSize)
    .attr("transform", (d) => `translate(${d.x.toFixed(1)},${(scene.plotBottom + fontSize * 1.6).toFixed(1)})`)
    .text((d) => d.category);
}

/** The slope chart: the urban–rural income ratio before and now, optionally against equality at 1. */
export const chart: Chart<SlopeData, SlopeState> = {
  draw(svg, data, state, size, { animate }) {
    const scene = layoutSlope(data, state, size);
    const layer = layers(svg, { name: "slope", size, animate }, ["grid", "line", "marks", "labels"]);
    frameMarks(layer.grid, scene, animate);
    pointMarks(layer, scene, animate);
  },
};
