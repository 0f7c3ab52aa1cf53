import { scaleBand, scaleLinear } from "d3-scale";
import { select } from "d3-selection";
import { drawBars, drawGridlines, type BarMarkBase, type Gridline } from "./barParts.ts";
import type { Chart, Size } from "./chartTypes.ts";
import { layers } from "./layer.ts";
import { textWidth } from "./textWidth.ts";
import { formatTick, type NumberLocale } from "../lib/formatNumber.ts";

export interface PopulationBar {
  id: string;
  /** The bar's label under the axis (建鎮前, 1993). */
  category: string;
  value: number;
  /** The figure as the edition writes it (13.5萬, 135,000). */
  valueLabel: string;
  /** How the source qualifies it (約, about), empty when exact. */
  qualifierLabel: string;
  /** The whole figure with its unit, for tables and text alternatives (約13.5萬人). */
  fullLabel: string;
  /** The source only bounds the figure (近, 超過): the bar is drawn open. */
  bound: boolean;
}

export interface PopulationData {
  bars: PopulationBar[];
  /** The edition, for the value axis's tick labels. */
  locale: NumberLocale;
}

export interface PopulationState {
  /** The last bar shown; bars after it stay empty. */
  through: string;
  /** The bar in the accent colour. */
  focus?: string | undefined;
}

/** A bar; its value label is one line when it fits over the bar, else the qualifier above the figure. */
interface BarMark extends BarMarkBase {
  focused: boolean;
  bound: boolean;
}

export interface PopulationScene {
  size: Size;
  fontSize: number;
  baseline: number;
  plotLeft: number;
  plotRight: number;
  gridlines: Gridline[];
  bars: BarMark[];
}

function valueLines(bar: PopulationBar, room: number, fontSize: number): string[] {
  const joined = `${bar.qualifierLabel}${bar.valueLabel}`;
  if (!bar.qualifierLabel || textWidth(joined, fontSize) <= room + 8) return [joined];
  return [bar.qualifierLabel.trim(), bar.valueLabel];
}

/** Pure layout: the bars visible in a state, with the value axis rescaled to them. */
export function layoutPopulation(data: PopulationData, state: PopulationState, size: Size): PopulationScene {
  const { width, height } = size;
  const narrow = width < 480;
  const fontSize = narrow ? 12 : 15;
  const throughIndex = data.bars.findIndex((bar) => bar.id === state.through);
  const visible = data.bars.slice(0, throughIndex + 1);
  const max = Math.max(...visible.map((bar) => bar.value), 1);
  const top = fontSize * 3;
  const baseline = height - fontSize * 2.6;
  const y = scaleLinear()
    .domain([0, max * 1.08])
    .range([baseline, top])
    .nice(4);
  const gridValues = y.ticks(4).filter((value) => value > 0);
  const plotLeft = Math.max(...gridValues.map((value) => textWidth(formatTick(value, data.locale), fontSize - 1))) + 10;
  const plotRight = width - 8;
  const x = scaleBand<string>()
    .domain(data.bars.map((bar) => bar.id))
    .range([plotLeft, plotRight])
    .paddingInner(narrow ? 0.12 : 0.3)
    .paddingOuter(0.15);
  return {
    size,
    fontSize,
    baseline,
    plotLeft,
    plotRight,
    gridlines: gridValues.map((value) => ({ value, y: y(value), label: formatTick(value, data.locale) })),
    bars: data.bars.map((bar, index) => {
      const shown = index <= throughIndex;
      const barY = shown ? y(bar.value) : baseline;
      return {
        id: bar.id,
        x: x(bar.id) ?? 0,
        width: x.bandwidth(),
        y: barY,
        height: baseline - barY,
        visible: shown,
        focused: bar.id === state.focus,
        bound: bar.bound,
        category: bar.category,
        valueLines: valueLines(bar, x.bandwidth(), fontSize),
      };
    }),
  };
}

function drawScene(svgElement: SVGSVGElement, scene: PopulationScene, animate: boolean): void {
  const svg = select(svgElement);
  const { width, height } = scene.size;
  svg.attr("viewBox", `0 0 ${width} ${height}`).attr("class", "chart chart-population");
  const layer = layers(svgElement, ["grid", "marks"]);

  drawGridlines(
    layer.grid,
    scene.gridlines,
    { fontSize: scene.fontSize, right: scene.plotRight, baseline: scene.baseline },
    animate,
  );
  drawBars(layer.marks, "bar", scene.bars, scene, animate)
    .classed("is-focus", (d) => d.focused)
    .classed("is-bound", (d) => d.bound);
}

export const population: Chart<PopulationData, PopulationState> = {
  draw(svg, data, state, size, options) {
    drawScene(svg, layoutPopulation(data, state, size), options.animate);
  },
};
