import type { Size } from "../chartTypes.ts";
import { circleMark } from "../kit/circleMark.ts";
import { gridlineMarks, type Gridline } from "../kit/gridlines.ts";
import type { Layer } from "../kit/layers.ts";
import { defineChart } from "../kit/defineChart.ts";
import { linearScale, tickCount } from "../kit/linearScale.ts";
import { plotShortfall } from "../kit/plotShortfall.ts";
import { pathMark } from "../kit/pathMark.ts";
import { textMark } from "../kit/textMark.ts";
import { textWidth } from "../kit/textWidth.ts";
import { wrapText } from "../kit/wrapText.ts";
import { formatTick, type NumberLocale } from "../../i18n/formatNumber.ts";

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
  shortfall: number;
  plotRight: number;
  lineHeight: number;
  valueSize: number;
  plotLeft: number;
  plotBottom: number;
  axisLabel: string[];
  gridlines: Gridline[];
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
  const room = height - noteLines.length * lineHeight - fontSize * 2.4;
  const plotBottom = Math.max(plotTop, room);
  const values = data.points.map((point) => point.value);
  const low = state.fromEqual ? 1 : Math.min(...values) - 0.08;
  const y = linearScale(
    [low, Math.max(...values) + 0.05],
    [plotBottom, plotTop],
    tickCount(plotBottom - plotTop, fontSize),
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
  // Neighbouring column names (此前, 如今) need the room of half of each and a gap; a box too narrow for
  // that asks for the height that, in the same proportions, gives the width they need.
  const categoryWidths = data.points.map((point) => textWidth(point.category, fontSize));
  const needed = categoryWidths.slice(1).reduce((most, right, index) => {
    const gap = columnX(index + 1) - columnX(index);
    const wanted = ((categoryWidths[index] ?? 0) + right) / 2 + fontSize;
    return Math.max(most, wanted - gap);
  }, 0);
  const lackingWidth = needed * Math.max(1, data.points.length - 1);
  const first = points[0];
  const last = points[throughIndex];
  const f = (value: number) => value.toFixed(1);
  return {
    size,
    shortfall: plotShortfall(size, { top: plotTop, bottom: room }, lackingWidth),
    plotRight: width,
    lineHeight,
    valueSize,
    plotLeft,
    plotBottom,
    axisLabel,
    gridlines: ticks,
    points,
    line: first && last && last !== first ? `M${f(first.x)},${f(first.y)}L${f(last.x)},${f(last.y)}` : null,
    equal: state.fromEqual ? { y: y(1), label: data.equalLabel } : null,
    note: { y: height - (noteLines.length - 1) * lineHeight - fontSize * 0.35, lines: noteLines },
  };
}

function frameMarks(root: Layer, scene: SlopeScene, animate: boolean): void {
  const { width, fontSize } = scene.size;
  const text = (id: string, y: number, lines: string[]) => ({
    id,
    x: 0,
    y,
    lines,
    size: fontSize,
    lineHeight: scene.lineHeight,
    classes: [id],
  });
  textMark(
    root,
    [text("axis-label", fontSize, scene.axisLabel), text("slope-note", scene.note.y, scene.note.lines)],
    "frame-text",
    animate,
  );
  gridlineMarks(root, scene, animate, scene.size);
  const equal = scene.equal ? [scene.equal] : [];
  pathMark(
    root,
    equal.map((line) => ({ id: "equal", d: `M${scene.plotLeft.toFixed(1)},${line.y.toFixed(1)}H${width}` })),
    "equal",
    animate,
  );
  textMark(
    root,
    equal.map((line) => ({
      id: "equal",
      x: width,
      y: line.y - fontSize * 0.45,
      lines: [line.label],
      size: fontSize,
      anchor: "end" as const,
    })),
    "equal-label",
    animate,
  );
}

function pointMarks(root: Layer, scene: SlopeScene, animate: boolean): void {
  const { fontSize } = scene.size;
  pathMark(root, scene.line ? [{ id: "slope", d: scene.line }] : [], "slope", animate);
  circleMark(
    root,
    scene.points.map((point) => ({
      id: point.id,
      cx: point.x,
      cy: point.y,
      r: point.visible ? fontSize * 0.45 : 0,
      opacity: point.visible ? undefined : 0,
    })),
    "point",
    animate,
  );
  textMark(
    root,
    scene.points.map((point) => ({
      id: point.id,
      x: point.x + (point.anchor === "end" ? -1 : 1) * fontSize * 0.9,
      y: point.y + scene.valueSize * 0.35,
      lines: [point.label],
      size: scene.valueSize,
      anchor: point.anchor,
      opacity: point.visible ? 1 : 0,
    })),
    "point-value",
    animate,
  );
  textMark(
    root,
    scene.points.map((point) => ({
      id: point.id,
      x: point.x,
      y: scene.plotBottom + fontSize * 1.6,
      lines: [point.category],
      size: fontSize,
      anchor: "middle" as const,
      classes: [!point.visible && "is-muted"],
    })),
    "point-category",
    animate,
  );
}

/** The slope chart: the urban–rural income ratio before and now, optionally against equality at 1. */
export const chart = defineChart("slope", layoutSlope, [frameMarks, pointMarks]);
