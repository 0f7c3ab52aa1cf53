import type { Chart, Size } from "../chartTypes.ts";
import { fitGrid } from "../kit/fitGrid.ts";
import { fitSize } from "../kit/fitSize.ts";
import { joinMarks } from "../kit/join.ts";
import { layers, type Layer } from "../kit/layers.ts";
import { drawTextBlock, layoutTextBlock, type BlockLine } from "../kit/textBlock.ts";
import { textLines } from "../kit/textLines.ts";
import { unitPath, type UnitPoint } from "../kit/unitPath.ts";
import { wrapText } from "../kit/wrapText.ts";

/** `on`: what the figure counts; `alt`: a second part of it; `off`: the rest of the whole; `cut`: what was taken away. */
export type UnitTone = "on" | "alt" | "off" | "cut";

export interface PictogramPanel {
  id: string;
  /** The figure in large type (超過80%, 每4人1位). */
  value: string;
  /** What it counts, wrapped under the figure. */
  title: string;
  /** A second, smaller line (總投資超過300億元); empty when none. */
  note: string;
  /** People are drawn as dots, other things as squares. */
  shape: "square" | "dot";
  /** Columns of the unit grid: 10 for a hundred units; 0 fits the grid to the room. */
  columns: number;
  units: { tone: UnitTone; label: string }[];
}

export interface PictogramData {
  panels: PictogramPanel[];
}

export interface PictogramState {
  /** The panels shown, in order; others leave. */
  panels: string[];
  /** The panel called out; the others are muted. */
  focus?: string | undefined;
}

/** A panel's units of one tone, as one path in the panel's own coordinates. */
export interface UnitGroup {
  id: string;
  shape: "square" | "dot";
  tone: UnitTone;
  path: string;
  size: number;
}

export interface UnitLabel {
  id: string;
  x: number;
  y: number;
  lines: string[];
}

export interface PanelBox {
  id: string;
  x: number;
  width: number;
  text: BlockLine[];
  units: UnitGroup[];
  labels: UnitLabel[];
  muted: boolean;
}

export interface PictogramScene {
  size: Size;
  lineHeight: number;
  panels: PanelBox[];
}

/** A panel whose units carry labels is drawn as a list, one unit per row. */
const isList = (panel: PictogramPanel) => panel.units.some((unit) => unit.label);

/** Largest unit, in labels' font sizes, so four people do not fill a whole panel. */
const maxCell = 4;

function gridOf(panel: PictogramPanel, box: { width: number; height: number }, largest: number) {
  const count = panel.units.length;
  const columns = panel.columns > 0 ? panel.columns : fitGrid(count, box.width, box.height).columns;
  const rows = Math.ceil(count / columns);
  return { columns, cell: Math.max(0, Math.min(largest, box.width / columns, box.height / rows)) };
}

/** Units grouped by tone into one path each. */
function groupUnits(panel: PictogramPanel, points: UnitPoint[], size: number): UnitGroup[] {
  const tones = [...new Set(panel.units.map((unit) => unit.tone))];
  return tones.map((tone) => ({
    id: `${panel.id}-${tone}`,
    shape: panel.shape,
    tone,
    path: unitPath(
      points.filter((_, index) => panel.units[index]?.tone === tone),
      panel.shape,
      size,
    ),
    size,
  }));
}

/** A list panel: one unit per row, its label beside it. */
function layoutList(panel: PictogramPanel, box: { top: number; width: number; height: number }, fontSize: number) {
  const lineHeight = fontSize * 1.25;
  const cell = fontSize * 1.4;
  const wrapped = panel.units.map((unit) =>
    wrapText(unit.label, fontSize, Math.max(0, box.width - cell - fontSize * 0.5)),
  );
  const rowHeights = wrapped.map((lines) => Math.max(cell, lines.length * lineHeight) + fontSize * 0.4);
  const scale = Math.min(1, box.height / rowHeights.reduce((sum, height) => sum + height, 0));
  let y = box.top;
  const points: UnitPoint[] = [];
  const labels: UnitLabel[] = wrapped.map((lines, index) => {
    const rowHeight = (rowHeights[index] ?? cell) * scale;
    points.push({ x: cell / 2, y: y + cell / 2 });
    const label = { id: `${panel.id}-${index}`, x: cell + fontSize * 0.5, y: y + fontSize * 0.95, lines };
    y += rowHeight;
    return label;
  });
  return { units: groupUnits(panel, points, cell * 0.8), labels };
}

/** Pure layout: the panels of a state side by side, each with its text and its grid of units. */
export function layoutPictogram(data: PictogramData, state: PictogramState, size: Size): PictogramScene {
  const { width, height, fontSize } = size;
  const shown = state.panels.flatMap((id) => data.panels.filter((panel) => panel.id === id));
  const gap = fontSize * 1.5;
  const columnWidth = Math.max(0, (width - gap * (shown.length - 1)) / Math.max(shown.length, 1));
  // Side-by-side figures share one size, the largest at which each fits its column.
  const valueSize = fitSize(
    shown.flatMap((panel) => panel.value),
    fontSize * 1.7,
    columnWidth,
    "bold",
    0.6,
  );
  const texts = shown.map((panel) =>
    layoutTextBlock(
      [
        { text: panel.value, size: valueSize, role: "value", weight: "bold" },
        { text: panel.title, size: fontSize, role: "title" },
        { text: panel.note, size: fontSize, role: "note" },
      ],
      columnWidth,
    ),
  );
  // Panels side by side share one top line for their units, below the tallest text.
  const gridTop = Math.max(0, ...texts.map((text) => text.height)) + fontSize * 0.8;
  const box = { top: gridTop, width: columnWidth, height: Math.max(0, height - gridTop - 2) };
  // Side by side, every grid uses the smallest panel's cell, so more units always take more room.
  const grids = shown.map((panel) => gridOf(panel, box, fontSize * maxCell));
  const cell = Math.min(
    fontSize * maxCell,
    ...grids.filter((_, index) => !isList(shown[index] as PictogramPanel)).map((grid) => grid.cell),
  );
  const panels = shown.map((panel, index): PanelBox => {
    const base = {
      id: panel.id,
      x: index * (columnWidth + gap),
      width: columnWidth,
      text: texts[index]?.lines ?? [],
      muted: state.focus !== undefined && state.focus !== panel.id,
    };
    if (isList(panel)) return { ...base, ...layoutList(panel, box, fontSize) };
    const columns = grids[index]?.columns ?? 1;
    // One panel sits centred; several line up under their left-aligned text.
    const left = shown.length === 1 ? (columnWidth - cell * columns) / 2 : 0;
    const points = panel.units.map((_, i) => ({
      x: left + (i % columns) * cell + cell / 2,
      y: gridTop + Math.floor(i / columns) * cell + cell / 2,
    }));
    return { ...base, units: groupUnits(panel, points, cell * 0.78), labels: [] };
  });
  return { size, lineHeight: fontSize * 1.25, panels };
}

function panelMarks(layer: Layer, scene: PictogramScene, animate: boolean): void {
  const panels = joinMarks<SVGGElement, PanelBox, SVGGElement, unknown>(layer, scene.panels, {
    tag: "g",
    className: "panel",
    key: (d) => d.id,
    modifiers: (d) => [d.muted && "is-muted"],
    animate,
  }).attr("transform", (d) => `translate(${d.x.toFixed(1)},0)`);
  drawTextBlock(panels, (panel) => panel.text, animate);
  joinMarks<SVGPathElement, UnitGroup, SVGGElement, PanelBox>(panels, (panel) => panel.units, {
    tag: "path",
    className: "units",
    key: (d) => d.id,
    modifiers: (d) => [`unit-${d.shape}s`, `tone-${d.tone}`],
    animate,
  })
    .attr("d", (d) => d.path)
    .attr("stroke-width", (d) => (d.shape === "dot" ? d.size.toFixed(1) : null));
  const labels = joinMarks<SVGTextElement, UnitLabel, SVGGElement, PanelBox>(panels, (panel) => panel.labels, {
    tag: "text",
    className: "unit-label",
    key: (d) => d.id,
    animate,
  })
    .attr("font-size", scene.size.fontSize)
    .attr("transform", (d) => `translate(${d.x.toFixed(1)},${d.y.toFixed(1)})`);
  textLines(labels, (d) => d.lines, scene.lineHeight);
}

/** The pictogram chart: figures as units (a hundred squares for a percent, one person in N), side by side. */
export const chart: Chart<PictogramData, PictogramState> = {
  draw(svg, data, state, size, { animate }) {
    const scene = layoutPictogram(data, state, size);
    const layer = layers(svg, { name: "pictogram", size, animate }, ["panels"]);
    panelMarks(layer.panels, scene, animate);
  },
};
