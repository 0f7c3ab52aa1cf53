import type { Size } from "../chartTypes.ts";
import { fitGrid } from "../kit/fitGrid.ts";
import { fitSize } from "../kit/fitSize.ts";
import type { Layer } from "../kit/layers.ts";
import { defineChart } from "../kit/defineChart.ts";
import { unitMark, type UnitGroup } from "../kit/unitMark.ts";
import { textBlock } from "../kit/textBlock.ts";
import { textMark, type TextDatum } from "../kit/textMark.ts";
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

/** A panel's units of one tone, as one path. */
export interface ToneGroup extends UnitGroup {
  tone: UnitTone;
}

export interface UnitLabel {
  id: string;
  x: number;
  y: number;
  lines: string[];
}

/** A panel's marks, in the chart's coordinates. */
export interface PanelBox {
  id: string;
  x: number;
  width: number;
  text: TextDatum[];
  units: ToneGroup[];
  labels: UnitLabel[];
  muted: boolean;
}

export interface PictogramScene {
  size: Size;
  shortfall: number;
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
function groupUnits(panel: PictogramPanel, points: UnitPoint[], size: number): ToneGroup[] {
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

/** A list's rows: each unit's label wrapped beside its mark, and the height each row needs. */
function listRows(panel: PictogramPanel, width: number, fontSize: number) {
  const lineHeight = fontSize * 1.25;
  const cell = fontSize * 1.3;
  const wrapped = panel.units.map((unit) => wrapText(unit.label, fontSize, Math.max(0, width - cell - fontSize * 0.5)));
  return {
    cell,
    wrapped,
    rowHeights: wrapped.map((lines) => Math.max(cell, lines.length * lineHeight) + fontSize * 0.25),
  };
}

/** A list panel: one unit per row, its label beside it. */
function layoutList(
  panel: PictogramPanel,
  box: { x: number; top: number; width: number; height: number },
  fontSize: number,
) {
  const { cell, wrapped, rowHeights } = listRows(panel, box.width, fontSize);
  const scale = Math.min(1, box.height / rowHeights.reduce((sum, height) => sum + height, 0));
  let y = box.top;
  const points: UnitPoint[] = [];
  const labels: UnitLabel[] = wrapped.map((lines, index) => {
    const rowHeight = (rowHeights[index] ?? cell) * scale;
    points.push({ x: box.x + cell / 2, y: y + cell / 2 });
    const label = { id: `${panel.id}-${index}`, x: box.x + cell + fontSize * 0.5, y: y + fontSize * 0.95, lines };
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
  const columnX = (index: number) => index * (columnWidth + gap);
  const texts = shown.map((panel, index) =>
    textBlock(
      panel.id,
      [
        { text: panel.value, size: valueSize, role: "value", weight: "bold" },
        { text: panel.title, size: fontSize, role: "title" },
        { text: panel.note, size: fontSize, role: "note" },
      ],
      { x: columnX(index), top: 0, width: columnWidth },
    ),
  );
  // Panels side by side share one top line for their units, below the tallest text.
  const gridTop = Math.max(0, ...texts.map((text) => text.height)) + fontSize * 0.8;
  const box = { x: 0, top: gridTop, width: columnWidth, height: Math.max(0, height - gridTop - 2) };
  // Side by side, every grid uses the smallest panel's cell, so more units always take more room.
  const grids = shown.map((panel) => gridOf(panel, box, fontSize * maxCell));
  const cell = Math.min(
    fontSize * maxCell,
    ...grids.filter((_, index) => !isList(shown[index] as PictogramPanel)).map((grid) => grid.cell),
  );
  const panels = shown.map((panel, index): PanelBox => {
    const base = {
      id: panel.id,
      x: columnX(index),
      width: columnWidth,
      text: texts[index]?.texts ?? [],
      muted: state.focus !== undefined && state.focus !== panel.id,
    };
    if (isList(panel)) return { ...base, ...layoutList(panel, { ...box, x: base.x }, fontSize) };
    const columns = grids[index]?.columns ?? 1;
    // One panel sits centred; several line up under their left-aligned text.
    const left = base.x + (shown.length === 1 ? (columnWidth - cell * columns) / 2 : 0);
    const points = panel.units.map((_, i) => ({
      x: left + (i % columns) * cell + cell / 2,
      y: gridTop + Math.floor(i / columns) * cell + cell / 2,
    }));
    return { ...base, units: groupUnits(panel, points, cell * 0.78), labels: [] };
  });
  // Units need the room of their rows at a readable size: a list its wrapped labels, a grid cells of 0.6 em.
  const needs = shown.map((panel, index) =>
    isList(panel)
      ? listRows(panel, columnWidth, fontSize).rowHeights.reduce((sum, row) => sum + row, 0)
      : Math.ceil(panel.units.length / (grids[index]?.columns ?? 1)) * fontSize * 0.6,
  );
  const shortfall = Math.max(0, gridTop + Math.max(0, ...needs) + 2 - height);
  return { size, shortfall, lineHeight: fontSize * 1.25, panels };
}

function panelMarks(root: Layer, scene: PictogramScene, animate: boolean): void {
  const muted = (panel: PanelBox) => [panel.muted && "is-muted"];
  textMark(
    root,
    scene.panels.flatMap((panel) =>
      panel.text.map((text) => ({ ...text, classes: [...(text.classes ?? []), ...muted(panel)] })),
    ),
    "block",
    animate,
  );
  const units = scene.panels.flatMap((panel) =>
    panel.units.map((group) => ({ ...group, classes: [`tone-${group.tone}`, ...muted(panel)] })),
  );
  unitMark(root, units, "units", animate);
  textMark(
    root,
    scene.panels.flatMap((panel) =>
      panel.labels.map((label) => ({
        ...label,
        size: scene.size.fontSize,
        lineHeight: scene.lineHeight,
        classes: muted(panel),
      })),
    ),
    "unit-label",
    animate,
  );
}

/** The pictogram chart: figures as units (a hundred squares for a percent, one person in N), side by side. */
export const chart = defineChart("pictogram", layoutPictogram, [panelMarks]);
