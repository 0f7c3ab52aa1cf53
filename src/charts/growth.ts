import { select } from "d3-selection";
import { animateWith, fadeOut } from "./animateWith.ts";
import { drawBars, drawGridlines, type BarMarkBase, type Gridline } from "./barParts.ts";
import type { Chart, Size } from "./chartTypes.ts";
import { keyOf } from "./keyOf.ts";
import { layers } from "./layer.ts";
import { linearScale } from "./linearScale.ts";
import { textWidth, wrapText } from "./textWidth.ts";
import { formatTick, type NumberLocale } from "../lib/formatNumber.ts";

export interface GrowthBar {
  id: string;
  /** Under the bar (2019年). */
  category: string;
  value: number;
  /** The figure as the edition writes it (約5.5萬). */
  valueLabel: string;
  /** Computed from other figures, not reported: drawn hatched and tagged. */
  derived: boolean;
}

export interface GrowthData {
  bars: GrowthBar[];
  /** What the value axis counts (在冊經營主體，家). */
  axisLabel: string;
  /** The tag on a derived bar (推算). */
  derivedLabel: string;
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

export interface GrowthBarMark extends BarMarkBase {
  derived: boolean;
}

export interface GrowthScene {
  size: Size;
  fontSize: number;
  baseline: number;
  axisLabel: { x: number; y: number; text: string };
  gridlines: Gridline[];
  bars: GrowthBarMark[];
  arrow: { path: string; head: string; labelX: number; labelY: number; lines: string[] } | null;
}

/** Pure layout: two or more bars on one fixed scale, so a bar coming in never rescales the others. */
export function layoutGrowth(data: GrowthData, state: GrowthState, size: Size): GrowthScene {
  const { width, height } = size;
  const narrow = width < 480;
  const fontSize = narrow ? 13 : 15;
  const shown = new Set(state.show);
  const arrowRoom = fontSize * 4.2;
  const top = fontSize * 2 + arrowRoom;
  const baseline = height - fontSize * 2.2;
  const max = Math.max(...data.bars.map((bar) => bar.value), 1);
  const y = linearScale([0, max], [baseline, top], 4);
  const gridValues = y.ticks.filter((value) => value > 0);
  const plotLeft = Math.max(...gridValues.map((value) => textWidth(formatTick(value, data.locale), fontSize - 1))) + 12;
  // Bands as d3's scaleBand lays them out: inner padding between bars, outer padding at the ends.
  const paddingInner = 0.35;
  const paddingOuter = 0.25;
  const step = (width - 4 - plotLeft) / (data.bars.length - paddingInner + 2 * paddingOuter);
  const bandwidth = step * (1 - paddingInner);
  const barWidth = Math.min(bandwidth, 140);

  const bars = data.bars.map((bar, index) => {
    const visible = shown.has(bar.id);
    const barY = visible ? y(bar.value) : baseline;
    const lines = bar.derived ? [bar.valueLabel, `（${data.derivedLabel}）`] : [bar.valueLabel];
    return {
      id: bar.id,
      x: plotLeft + step * (paddingOuter + index) + (bandwidth - barWidth) / 2,
      width: barWidth,
      y: barY,
      height: baseline - barY,
      visible,
      derived: bar.derived,
      category: bar.category,
      valueLines: lines.flatMap((line) => wrapText(line, fontSize, bandwidth)),
    };
  });

  const visibleBars = bars.filter((bar) => bar.visible);
  const first = visibleBars[0];
  const last = visibleBars.at(-1);
  let arrow: GrowthScene["arrow"] = null;
  if (state.rate && first && last && first !== last) {
    // From above the first bar's figure to above the last's, bowing upward.
    const startX = first.x + first.width / 2;
    const endX = last.x + last.width / 2;
    const startY = first.y - fontSize * (first.valueLines.length + 0.6);
    const endY = last.y - fontSize * (last.valueLines.length + 0.6);
    const controlY = Math.min(startY, endY) - arrowRoom * 0.55;
    const controlX = (startX + endX) / 2;
    // The head's two strokes fold back from the curve's direction at its end.
    const head = fontSize * 0.6;
    const angle = Math.atan2(endY - controlY, endX - controlX);
    const wing = (turn: number) =>
      `${(endX - head * Math.cos(angle + turn)).toFixed(1)},${(endY - head * Math.sin(angle + turn)).toFixed(1)}`;
    arrow = {
      path: `M${startX},${startY} Q${controlX},${controlY} ${endX},${endY}`,
      head: `M${wing(0.5)} L${endX},${endY} L${wing(-0.5)}`,
      labelX: controlX,
      labelY: (Math.min(startY, endY) + controlY) / 2 - fontSize * 1.9,
      lines: [data.rateLabel, data.rateNote],
    };
  }
  return {
    size,
    fontSize,
    baseline,
    axisLabel: { x: 0, y: fontSize, text: data.axisLabel },
    gridlines: gridValues.map((value) => ({ value, y: y(value), label: formatTick(value, data.locale) })),
    bars,
    arrow,
  };
}

function drawScene(svgElement: SVGSVGElement, scene: GrowthScene, animate: boolean): void {
  const svg = select(svgElement);
  const { width, height } = scene.size;
  svg.attr("viewBox", `0 0 ${width} ${height}`).attr("class", "chart chart-growth");
  const layer = layers(svgElement, ["grid", "marks", "labels"]);

  layer.grid
    .selectAll<SVGTextElement, GrowthScene["axisLabel"]>("text.axis-label")
    .data([scene.axisLabel])
    .join("text")
    .attr("class", "axis-label")
    .attr("font-size", scene.fontSize - 1)
    .attr("x", (d) => d.x)
    .attr("y", (d) => d.y)
    .text((d) => d.text);

  drawGridlines(
    layer.grid,
    scene.gridlines,
    { fontSize: scene.fontSize, right: width, baseline: scene.baseline },
    animate,
  );
  drawBars(layer.marks, "growth-bar", scene.bars, scene, animate)
    .classed("is-derived", (d) => d.derived)
    .select("text.category")
    .attr("opacity", (d) => (d.visible ? 1 : 0.4));

  const arrows = layer.labels
    .selectAll<SVGGElement, NonNullable<GrowthScene["arrow"]>>("g.rate")
    .data(
      scene.arrow ? [scene.arrow] : [],
      keyOf(() => "rate"),
    )
    .join(
      (enter) => {
        const g = enter.append("g").attr("class", "rate").attr("opacity", 0);
        g.append("path").attr("class", "rate-arrow");
        g.append("path").attr("class", "rate-head");
        g.append("text").attr("text-anchor", "middle");
        return g;
      },
      (update) => update,
      (exit) => fadeOut(exit, animate),
    )
    .attr("data-key", "rate");
  arrows.select("path.rate-arrow").attr("d", (d) => d.path);
  arrows.select("path.rate-head").attr("d", (d) => d.head);
  const rateText = arrows.select("text").attr("font-size", scene.fontSize);
  rateText
    .selectAll("tspan")
    .data((d) => d.lines.map((line, index) => ({ line, index, x: d.labelX, y: d.labelY })))
    .join("tspan")
    .attr("class", (d) => (d.index === 0 ? "rate-label" : "rate-note"))
    .attr("x", (d) => d.x)
    .attr("y", (d) => d.y + d.index * scene.fontSize * 1.3)
    .text((d) => d.line);
  animateWith(arrows, animate, (t) => t.attr("opacity", 1));
}

export const growth: Chart<GrowthData, GrowthState> = {
  draw(svg, data, state, size, options) {
    drawScene(svg, layoutGrowth(data, state, size), options.animate);
  },
};
