import { scaleBand } from "d3";
import type { Size } from "../chartTypes.ts";
import { barMarks, type BarMark } from "../kit/bars.ts";
import { gridlineMarks, type Gridline } from "../kit/gridlines.ts";
import { defineChart } from "../kit/defineChart.ts";
import { linearScale, tickCount } from "../kit/linearScale.ts";
import { plotShortfall } from "../kit/plotShortfall.ts";
import { fitSize } from "../kit/fitSize.ts";
import { textWidth } from "../kit/textWidth.ts";
import { wrapText } from "../kit/wrapText.ts";
import { formatTick, type NumberLocale } from "../../i18n/formatNumber.ts";

export interface PopulationBar {
  id: string;
  /** The bar's label under the axis (建鎮前, 1993). */
  category: string;
  value: number;
  /** The figure as the edition writes it (13.5萬, 135,000). */
  valueLabel: string;
  /** How the source qualifies it (約, about), empty when exact. */
  qualifierLabel: string;
  /** The figure with its qualifier, as the edition joins them (約13.5萬, about 135,000). */
  qualifiedLabel: string;
  /** The whole figure with its unit, for tables and text alternatives (約13.5萬人). */
  fullLabel: string;
  /** The source only bounds the figure (近, 超過): the bar is drawn open. */
  bound: boolean;
}

export interface PopulationData {
  bars: PopulationBar[];
  /** The edition, for the value axis's labels (10萬, 100,000). */
  locale: NumberLocale;
}

export interface PopulationState {
  /** The last bar shown; bars after it stay empty. */
  through: string;
  /** The bar in the accent colour. */
  focus?: string | undefined;
}

export interface PopulationScene {
  size: Size;
  shortfall: number;
  valueSize: number;
  lineHeight: number;
  baseline: number;
  plotRight: number;
  gridlines: Gridline[];
  bars: BarMark[];
}

/** The value label: one line if it fits the bar's slot, else the qualifier above the figure. */
function valueLines(bar: PopulationBar, room: number, fontSize: number): string[] {
  if (!bar.qualifierLabel || textWidth(bar.qualifiedLabel, fontSize, "bold") <= room) return [bar.qualifiedLabel];
  return [bar.qualifierLabel, bar.valueLabel];
}

/** Pure layout: the bars visible in a state, with the value axis rescaled to them. */
export function layoutPopulation(data: PopulationData, state: PopulationState, size: Size): PopulationScene {
  const { width, height, fontSize } = size;
  const lineHeight = fontSize * 1.2;
  const throughIndex = data.bars.findIndex((bar) => bar.id === state.through);
  const max = Math.max(...data.bars.slice(0, throughIndex + 1).map((bar) => bar.value), 1);
  // The ticks depend only on the domain, so their labels can set the plot's left edge before the scale's range is known.
  const ticks = tickCount(height, fontSize);
  const tickValues = linearScale([0, max], [0, 1], ticks).ticks.filter((value) => value > 0);
  const tickLabels = tickValues.map((value) => formatTick(value, data.locale));
  // Bars start right of the gridline labels, which sit above their lines at the left edge.
  const plotLeft = Math.max(0, ...tickLabels.map((label) => textWidth(label, fontSize))) + fontSize * 0.5;
  const plotRight = width - 2;
  const x = scaleBand<string>()
    .domain(data.bars.map((bar) => bar.id))
    .range([plotLeft, plotRight])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const room = x.step() - 4;
  const categories = data.bars.map((bar) => wrapText(bar.category, fontSize, room));
  const baseline = height - lineHeight * Math.max(...categories.map((lines) => lines.length)) - fontSize * 0.6;
  // Values a little larger than the labels, smaller only as far as the slot needs: the figure and, since
  // a long qualifier (fewer than) takes a line of its own, the qualifier too.
  const valueSize = fitSize(
    data.bars.flatMap((bar) => [bar.valueLabel, bar.qualifierLabel]),
    fontSize * 1.1,
    room,
    "bold",
  );
  const lines = data.bars.map((bar) => valueLines(bar, room, valueSize));
  // Room above the tallest bar for its value label: the lines above the last, and the last set 0.45 of its
  // size above the bar with the full height of a CJK font's glyph box (about 1.2 em) above its baseline.
  const top = lineHeight * (Math.max(...lines.map((value) => value.length)) - 1) + valueSize * 1.65 + fontSize * 0.2;
  const y = linearScale([0, max], [baseline, Math.min(top, baseline)], ticks);
  // A category word that cannot wrap may reach into the next bar's slot, as long as it keeps clear of
  // that bar's own category on the same line. Where two would meet (large text on a narrow screen), the
  // chart lacks the width that widens every slot enough, and is laid out larger in proportion.
  const widest = categories.map((category) => Math.max(0, ...category.map((line) => textWidth(line, fontSize))));
  const crowding = Math.max(
    0,
    ...widest.slice(1).map((right, index) => (right + (widest[index] ?? 0)) / 2 + fontSize * 0.1 - x.step()),
  );
  // A value, drawn above its bar where the bars beside it and the gridline labels at the left may reach
  // as high, keeps to its own slot: a line still wider at the smallest value size asks for width.
  const valueWidths = lines.map((value) => Math.max(0, ...value.map((line) => textWidth(line, valueSize, "bold"))));
  const valueCrowding = Math.max(0, ...valueWidths) - room;
  // The last bar's value and category, centred on it, must end inside the chart: its slot's share of the
  // width grows with the width, so what it lacks at the edge is lacked about twice over per bar.
  const lastBar = data.bars.at(-1);
  const lastLabel = Math.max(0, ...valueWidths.slice(-1), ...widest.slice(-1));
  const edgeRoom = width - ((lastBar ? (x(lastBar.id) ?? 0) : 0) + x.bandwidth() / 2);
  const lackingWidth = Math.max(crowding, valueCrowding, (lastLabel / 2 + 1 - edgeRoom) * 2) * data.bars.length;
  return {
    size,
    shortfall: plotShortfall(size, { top, bottom: baseline }, lackingWidth),
    valueSize,
    lineHeight,
    baseline,
    plotRight,
    gridlines: tickValues.map((value, index) => ({ value, y: y(value), label: tickLabels[index] ?? "" })),
    bars: data.bars.map((bar, index) => {
      const shown = index <= throughIndex;
      const barY = shown ? Math.min(y(bar.value), baseline) : baseline;
      return {
        id: bar.id,
        x: x(bar.id) ?? 0,
        width: x.bandwidth(),
        y: barY,
        height: baseline - barY,
        visible: shown,
        categoryLines: categories[index] ?? [],
        valueLines: lines[index] ?? [],
        classes: [bar.id === state.focus ? "is-focus" : "", bar.bound ? "is-bound" : ""].filter(Boolean),
      };
    }),
  };
}

/** The population chart: a bar per year, the axis rescaling as later, larger bars come in. */
export const chart = defineChart("population", layoutPopulation, [gridlineMarks, barMarks]);
