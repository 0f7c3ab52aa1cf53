import { select } from "d3-selection";
import { animateWith, fadeOut } from "./animateWith.ts";
import type { Chart, Size } from "./chartTypes.ts";
import { keyOf } from "./keyOf.ts";
import { layers } from "./layer.ts";
import { wrapText } from "./textWidth.ts";
import { fitGrid } from "./fitGrid.ts";

/** `on`: what the figure counts; `alt`: a second part of it; `off`: the rest of the whole; `cut`: what was taken away. */
export type UnitTone = "on" | "alt" | "off" | "cut";

export interface UnitsPanel {
  id: string;
  /** The figure in large type (超過80%, 每4人1位). */
  value: string;
  /** What it counts, wrapped under the figure. */
  title: string;
  /** A second, smaller line (總投資超過300億元); empty when none. */
  note: string;
  shape: "square" | "person";
  /** Columns of the unit grid: 10 for a hundred units; 0 fits the grid to the room. */
  columns: number;
  units: { tone: UnitTone; label: string }[];
}

export interface UnitsData {
  panels: UnitsPanel[];
}

export interface UnitsState {
  /** The panels shown, in order; others leave. */
  panels: string[];
  /** The panel called out; the others are muted. */
  focus?: string | undefined;
}

interface TextLine {
  text: string;
  y: number;
  size: number;
  role: "value" | "title" | "note";
}

export interface UnitMark {
  id: string;
  panel: string;
  x: number;
  y: number;
  size: number;
  tone: UnitTone;
  shape: "square" | "person";
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
  lines: TextLine[];
  muted: boolean;
}

export interface UnitsScene {
  size: Size;
  fontSize: number;
  panels: PanelBox[];
  units: UnitMark[];
  labels: UnitLabel[];
}

/** Largest unit, so four people do not fill a whole panel. */
const maxCell = { narrow: 48, wide: 72 };

/** The grid a panel of units would take on its own: columns and cell size. */
function gridOf(panel: UnitsPanel, width: number, height: number, largest: number): { columns: number; cell: number } {
  const count = panel.units.length;
  const columns = panel.columns > 0 ? panel.columns : fitGrid(count, width, height).columns;
  const rows = Math.ceil(count / columns);
  return { columns, cell: Math.min(largest, width / columns, height / rows) };
}

function panelText(panel: UnitsPanel, width: number, fontSize: number): TextLine[] {
  const valueSize = Math.round(fontSize * 1.7);
  const lines: TextLine[] = [];
  let y = valueSize;
  for (const text of wrapText(panel.value, valueSize, width)) {
    lines.push({ text, y, size: valueSize, role: "value" });
    y += valueSize * 1.15;
  }
  y += fontSize * 0.2;
  for (const text of wrapText(panel.title, fontSize, width)) {
    lines.push({ text, y, size: fontSize, role: "title" });
    y += fontSize * 1.35;
  }
  if (panel.note)
    for (const text of wrapText(panel.note, fontSize - 1, width)) {
      lines.push({ text, y, size: fontSize - 1, role: "note" });
      y += fontSize * 1.3;
    }
  return lines;
}

/** A panel whose units carry labels is drawn as a list, one unit per row. */
function isList(panel: UnitsPanel | undefined): boolean {
  return panel?.units.some((unit) => unit.label) ?? false;
}

/** Pure layout: the panels of a state side by side, each with its text and its grid of units. */
export function layoutUnits(data: UnitsData, state: UnitsState, size: Size): UnitsScene {
  const { width, height } = size;
  const narrow = width < 480;
  const fontSize = narrow ? 13 : 15;
  const shown = state.panels.flatMap((id) => data.panels.filter((panel) => panel.id === id));
  const gap = narrow ? 16 : 32;
  const columnWidth = (width - gap * (shown.length - 1)) / Math.max(shown.length, 1);

  const texts = shown.map((panel) => panelText(panel, columnWidth, fontSize));
  // Panels side by side share one top line for their units, below the tallest text.
  const textHeight = Math.max(0, ...texts.map((lines) => (lines.at(-1)?.y ?? 0) + fontSize * 0.6));
  const gridTop = textHeight + fontSize;
  const gridHeight = height - gridTop - 4;

  // Side by side, every grid uses the smallest panel's cell, so more units always take more room.
  const largest = narrow ? maxCell.narrow : maxCell.wide;
  const grids = shown.map((panel) => gridOf(panel, columnWidth, gridHeight, largest));
  const sharedCell = Math.min(largest, ...grids.filter((_, index) => !isList(shown[index])).map((grid) => grid.cell));

  const panels: PanelBox[] = [];
  const units: UnitMark[] = [];
  const labels: UnitLabel[] = [];
  shown.forEach((panel, index) => {
    const x = index * (columnWidth + gap);
    panels.push({
      id: panel.id,
      x,
      width: columnWidth,
      lines: texts[index] ?? [],
      muted: state.focus !== undefined && state.focus !== panel.id,
    });
    if (isList(panel)) {
      // A list: one unit per row with its label beside it.
      const rowHeight = Math.min(fontSize * 3.4, gridHeight / panel.units.length);
      const cell = Math.min(fontSize * 1.6, rowHeight);
      panel.units.forEach((unit, i) => {
        const cy = gridTop + i * rowHeight + cell / 2;
        units.push({
          id: `${panel.id}-${i}`,
          panel: panel.id,
          x: x + cell / 2,
          y: cy,
          size: cell * 0.8,
          tone: unit.tone,
          shape: panel.shape,
        });
        const lines = wrapText(unit.label, fontSize, columnWidth - cell - 8);
        labels.push({
          id: `${panel.id}-${i}`,
          x: x + cell + 8,
          y: cy + fontSize * 0.35 - ((lines.length - 1) * fontSize * 1.3) / 2,
          lines,
        });
      });
      return;
    }
    const columns = grids[index]?.columns ?? 1;
    const cell = sharedCell;
    // One panel sits centred; several line up under their left-aligned text.
    const left = shown.length === 1 ? x + (columnWidth - cell * columns) / 2 : x;
    panel.units.forEach((unit, i) => {
      units.push({
        id: `${panel.id}-${i}`,
        panel: panel.id,
        x: left + (i % columns) * cell + cell / 2,
        y: gridTop + Math.floor(i / columns) * cell + cell / 2,
        size: cell * (panel.shape === "person" ? 0.8 : 0.78),
        tone: unit.tone,
        shape: panel.shape,
      });
    });
  });
  return { size, fontSize, panels, units, labels };
}

function drawScene(svgElement: SVGSVGElement, scene: UnitsScene, animate: boolean): void {
  const svg = select(svgElement);
  const { width, height } = scene.size;
  svg.attr("viewBox", `0 0 ${width} ${height}`).attr("class", "chart chart-units");
  const layer = layers(svgElement, ["marks", "labels"]);
  const muted = new Set(scene.panels.filter((panel) => panel.muted).map((panel) => panel.id));

  const texts = layer.labels
    .selectAll<SVGTextElement, PanelBox>("text.panel-text")
    .data(
      scene.panels,
      keyOf((d) => d.id),
    )
    .join(
      (enter) =>
        enter
          .append("text")
          .attr("class", "panel-text")
          .attr("opacity", 0)
          .attr("transform", (d) => `translate(${d.x},0)`),
      (update) => update,
      (exit) => fadeOut(exit, animate),
    )
    .attr("data-key", (d) => d.id)
    .classed("is-muted", (d) => d.muted);
  texts
    .selectAll("tspan")
    .data((d) => d.lines)
    .join("tspan")
    .attr("class", (d) => `panel-${d.role}`)
    .attr("x", 0)
    .attr("y", (d) => d.y)
    .attr("font-size", (d) => d.size)
    .text((d) => d.text);
  animateWith(texts, animate, (t) => t.attr("transform", (d) => `translate(${d.x},0)`).attr("opacity", 1));

  // Squares and people are different elements, so each shape gets its own join.
  for (const shape of ["square", "person"] as const) {
    const tag = shape === "square" ? "rect" : "circle";
    const marks = layer.marks
      .selectAll<SVGElement, UnitMark>(`${tag}.unit-mark`)
      .data(
        scene.units.filter((unit) => unit.shape === shape),
        keyOf((d) => d.id),
      )
      .join(
        (enter) => {
          const mark = enter.append<SVGElement>(tag).attr("class", "unit-mark").attr("opacity", 0);
          return shape === "square"
            ? mark
                .attr("x", (d) => d.x)
                .attr("y", (d) => d.y)
                .attr("width", 0)
                .attr("height", 0)
            : mark
                .attr("cx", (d) => d.x)
                .attr("cy", (d) => d.y)
                .attr("r", 0);
        },
        (update) => update,
        (exit) => fadeOut(exit, animate),
      )
      .attr("data-key", (d) => d.id)
      .attr("class", (d) => `unit-mark tone-${d.tone}${muted.has(d.panel) ? " is-muted" : ""}`);
    animateWith(marks, animate, (t) => {
      if (shape === "square")
        t.attr("x", (d) => d.x - d.size / 2)
          .attr("y", (d) => d.y - d.size / 2)
          .attr("width", (d) => d.size)
          .attr("height", (d) => d.size)
          .attr("rx", (d) => d.size * 0.15);
      else
        t.attr("cx", (d) => d.x)
          .attr("cy", (d) => d.y)
          .attr("r", (d) => d.size / 2);
      t.attr("opacity", 1);
    });
  }

  const labels = layer.labels
    .selectAll<SVGTextElement, UnitLabel>("text.unit-label")
    .data(
      scene.labels,
      keyOf((d) => d.id),
    )
    .join(
      (enter) => enter.append("text").attr("class", "unit-label").attr("opacity", 0),
      (update) => update,
      (exit) => fadeOut(exit, animate),
    )
    .attr("data-key", (d) => d.id)
    .attr("font-size", scene.fontSize);
  labels
    .selectAll("tspan")
    .data((d) => d.lines.map((line, index) => ({ line, index, x: d.x })))
    .join("tspan")
    .attr("x", (d) => d.x)
    .attr("dy", (d) => (d.index === 0 ? 0 : "1.3em"))
    .text((d) => d.line);
  animateWith(labels, animate, (t) => t.attr("y", (d) => d.y).attr("opacity", 1));
}

export const units: Chart<UnitsData, UnitsState> = {
  draw(svg, data, state, size, options) {
    drawScene(svg, layoutUnits(data, state, size), options.animate);
  },
};
