import { scaleBand } from "d3";
import type { Size } from "../chartTypes.ts";
import { barMarks, type BarMark } from "../kit/bars.ts";
import { gridlineMarks, type Gridline } from "../kit/gridlines.ts";
import type { Layer } from "../kit/layers.ts";
import { defineChart } from "../kit/defineChart.ts";
import { axisShortfall, linearScale, tickCount } from "../kit/linearScale.ts";
import { pathMark } from "../kit/pathMark.ts";
import { plotShortfall } from "../kit/plotShortfall.ts";
import { textMark } from "../kit/textMark.ts";
import { textWidth } from "../kit/textWidth.ts";
import { wrapText } from "../kit/wrapText.ts";
import { formatTick, type NumberLocale } from "../../i18n/formatNumber.ts";

export interface GrowthBar {
  id: string;
  /** Under the bar (2019年). */
  category: string;
  value: number;
  /** The figure as the edition writes it (約5.5萬). */
  valueLabel: string;
  /** For a figure computed from others, not reported: its tag under the value (（推算）); else empty. */
  derivedTag: string;
}

export interface GrowthData {
  bars: GrowthBar[];
  /** What the value axis counts (在冊經營主體，家). */
  axisLabel: string;
  /** The growth between the bars, on the arrow (年均增長14.35%), and a second line (接近翻了一番). */
  rateLabel: string;
  rateNote: string;
  locale: NumberLocale;
}

export interface GrowthState {
  /** The bars shown, by id. */
  show: string[];
  /** The arrow from the first bar shown to the last, with the growth rate. */
  rate?: boolean | undefined;
}

export interface RateArrow {
  path: string;
  head: string;
  labelX: number;
  labelY: number;
  lines: string[];
}

export interface GrowthScene {
  size: Size;
  shortfall: number;
  plotRight: number;
  lineHeight: number;
  valueSize: number;
  baseline: number;
  axisLabel: string[];
  gridlines: Gridline[];
  bars: BarMark[];
  arrow: RateArrow | null;
}

/** The arrow from above the first bar's figure to above the last's, bowing upward, its label over the bow. */
function layoutArrow(
  first: BarMark,
  last: BarMark,
  lines: string[],
  frame: { fontSize: number; lineHeight: number; lift: number },
): RateArrow {
  const { fontSize, lineHeight } = frame;
  const startX = first.x + first.width / 2;
  const endX = last.x + last.width / 2;
  const startY = first.y - lineHeight * (first.valueLines.length + 0.4);
  const endY = last.y - lineHeight * (last.valueLines.length + 0.4);
  const controlY = Math.min(startY, endY) - frame.lift;
  const controlX = (startX + endX) / 2;
  // The head's two strokes fold back from the curve's direction at its end.
  const head = fontSize * 0.6;
  const angle = Math.atan2(endY - controlY, endX - controlX);
  const wing = (turn: number) =>
    `${(endX - head * Math.cos(angle + turn)).toFixed(1)},${(endY - head * Math.sin(angle + turn)).toFixed(1)}`;
  const f = (value: number) => value.toFixed(1);
  return {
    path: `M${f(startX)},${f(startY)} Q${f(controlX)},${f(controlY)} ${f(endX)},${f(endY)}`,
    head: `M${wing(0.5)} L${f(endX)},${f(endY)} L${wing(-0.5)}`,
    labelX: controlX,
    labelY: (Math.min(startY, endY) + controlY) / 2 - lineHeight * (lines.length - 0.2),
    lines,
  };
}

/** Pure layout: two or more bars on one fixed scale, so a bar coming in never rescales the others. */
export function layoutGrowth(data: GrowthData, state: GrowthState, size: Size): GrowthScene {
  const { width, height, fontSize } = size;
  const lineHeight = fontSize * 1.25;
  const valueSize = fontSize * 1.1;
  const axisLabel = wrapText(data.axisLabel, fontSize, width);
  const rateLines = [data.rateLabel, data.rateNote].flatMap((line) => wrapText(line, fontSize, width * 0.6, "bold"));
  const max = Math.max(...data.bars.map((bar) => bar.value), 1);
  const ticks = tickCount(height / 2, fontSize);
  const tickValues = linearScale([0, max], [0, 1], ticks).ticks.filter((value) => value > 0);
  const tickLabels = tickValues.map((value) => formatTick(value, data.locale));
  const plotLeft = Math.max(0, ...tickLabels.map((label) => textWidth(label, fontSize))) + fontSize * 0.6;
  const x = scaleBand<string>()
    .domain(data.bars.map((bar) => bar.id))
    .range([plotLeft, width - 2])
    .paddingInner(0.35)
    .paddingOuter(0.25);
  const barWidth = Math.min(x.bandwidth(), fontSize * 9);
  const room = x.step() - 4;
  const categories = data.bars.map((bar) => wrapText(bar.category, fontSize, room));
  const values = data.bars.map((bar) =>
    [bar.valueLabel, bar.derivedTag].flatMap((line) => (line ? wrapText(line, valueSize, room, "bold") : [])),
  );
  // A word wider than its bar's room (a value in large text) would run into its neighbour: a box that narrow
  // asks for the height that, in the same proportions, gives every label its room.
  const widest = Math.max(
    ...categories.flat().map((line) => textWidth(line, fontSize)),
    ...values.flat().map((line) => textWidth(line, valueSize, "bold")),
  );
  const lackingWidth = Math.max(0, widest - room) * data.bars.length;
  const lift = lineHeight * 0.8;
  const baseline = height - lineHeight * Math.max(...categories.map((lines) => lines.length)) - fontSize * 0.5;
  // Room for the rate is kept above the bars even before it shows, so the bars do not move when it comes;
  // in a box too short for that, only a state with the rate keeps it.
  const topWith = (rate: boolean) =>
    axisLabel.length * lineHeight +
    lineHeight * (Math.max(...values.map((lines) => lines.length)) + (rate ? rateLines.length : 0) + 0.4) +
    (rate ? lift : 0);
  const top = state.rate || axisShortfall(topWith(true), baseline, fontSize) === 0 ? topWith(true) : topWith(false);
  const y = linearScale([0, max], [baseline, Math.min(top, baseline)], ticks);
  const shown = new Set(state.show);
  const bars: BarMark[] = data.bars.map((bar, index) => {
    const visible = shown.has(bar.id);
    const barY = visible ? y(bar.value) : baseline;
    return {
      id: bar.id,
      x: (x(bar.id) ?? 0) + (x.bandwidth() - barWidth) / 2,
      width: barWidth,
      y: barY,
      height: baseline - barY,
      visible,
      categoryLines: categories[index] ?? [],
      valueLines: values[index] ?? [],
      classes: bar.derivedTag ? ["is-derived"] : [],
    };
  });
  const visibleBars = bars.filter((bar) => bar.visible);
  const first = visibleBars[0];
  const last = visibleBars.at(-1);
  return {
    size,
    shortfall: plotShortfall(size, { top, bottom: baseline }, lackingWidth),
    plotRight: width,
    lineHeight,
    valueSize,
    baseline,
    axisLabel,
    gridlines: tickValues.map((value, index) => ({ value, y: y(value), label: tickLabels[index] ?? "" })),
    bars,
    arrow:
      state.rate && first && last && first !== last
        ? layoutArrow(first, last, rateLines, { fontSize, lineHeight, lift })
        : null,
  };
}

function axisLabelMarks(root: Layer, scene: GrowthScene, animate: boolean, size: Size): void {
  const label = {
    id: "axis",
    x: 0,
    y: size.fontSize,
    lines: scene.axisLabel,
    size: size.fontSize,
    lineHeight: scene.lineHeight,
  };
  textMark(root, [label], "axis-label", animate);
}

function rateMarks(root: Layer, scene: GrowthScene, animate: boolean): void {
  const arrows = scene.arrow ? [scene.arrow] : [];
  pathMark(
    root,
    arrows.map((arrow) => ({ id: "rate", d: arrow.path })),
    "rate-arrow",
    animate,
  );
  pathMark(
    root,
    arrows.map((arrow) => ({ id: "rate", d: arrow.head })),
    "rate-head",
    animate,
  );
  textMark(
    root,
    arrows.map((arrow) => ({
      id: "rate",
      x: arrow.labelX,
      y: arrow.labelY,
      lines: arrow.lines,
      size: scene.size.fontSize,
      lineHeight: scene.lineHeight,
      anchor: "middle" as const,
    })),
    "rate-label",
    animate,
  );
}

/** The growth chart: registered businesses then and now, and the yearly growth between them. */
export const chart = defineChart("growth", layoutGrowth, [axisLabelMarks, gridlineMarks, barMarks, rateMarks]);
