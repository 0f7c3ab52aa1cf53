import type { Size } from "../chartTypes.ts";
import type { Layer } from "../kit/layers.ts";
import { defineChart } from "../kit/defineChart.ts";
import { pathMark } from "../kit/pathMark.ts";
import { unitMark, type UnitGroup } from "../kit/unitMark.ts";
import { rectMark } from "../kit/rectMark.ts";
import { textMark } from "../kit/textMark.ts";
import { textWidth } from "../kit/textWidth.ts";
import { unitPath, type UnitPoint } from "../kit/unitPath.ts";
import { wrapText } from "../kit/wrapText.ts";

export interface SensorGroup {
  id: string;
  /** The legend entry with its figure (錄影監控：超過9700路). */
  label: string;
  /** Marks drawn: the figure divided by the data's `perMark`. */
  marks: number;
  shape: "dot" | "square";
}

export interface SensorsData {
  groups: SensorGroup[];
  /** What one mark stands for, in words (每個點代表100). */
  scaleLabel: string;
  /** The joined-up view every mark feeds (一網統管). */
  hubLabel: string;
}

export interface SensorsState {
  /** The groups whose marks are on the field. */
  show: string[];
  /** Every mark wired to the one city-operations view. */
  connected?: boolean | undefined;
}

/** A group's marks, drawn as one path. */
export interface MarkGroup extends UnitGroup {
  points: UnitPoint[];
}

export interface LegendEntry {
  id: string;
  shape: "dot" | "square";
  x: number;
  y: number;
  lines: string[];
  shown: boolean;
}

export interface SensorsScene {
  size: Size;
  shortfall: number;
  lineHeight: number;
  markSize: number;
  legend: LegendEntry[];
  scale: { y: number; lines: string[] };
  groups: MarkGroup[];
  hub: { x: number; y: number; width: number; height: number; label: string } | null;
  /** Every shown mark wired to the hub: one path. */
  links: string | null;
}

/** A fixed pseudo-random sequence (a linear congruential generator), so the field looks scattered yet renders the same everywhere. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

type Box = { x: number; y: number; width: number; height: number };

/** The cells of a grid over the box, leaving out the middle where the hub sits. */
function gridCells(box: Box, hole: { width: number; height: number }, cell: number): UnitPoint[] {
  const columns = Math.floor(box.width / cell);
  const rows = Math.floor(box.height / cell);
  const left = box.x + (box.width - columns * cell) / 2;
  const top = box.y + (box.height - rows * cell) / 2;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const cells: UnitPoint[] = [];
  for (let row = 0; row < rows; row++)
    for (let column = 0; column < columns; column++) {
      const x = left + (column + 0.5) * cell;
      const y = top + (row + 0.5) * cell;
      const inHole =
        Math.abs(x - centre.x) < hole.width / 2 + cell / 2 && Math.abs(y - centre.y) < hole.height / 2 + cell / 2;
      if (!inHole) cells.push({ x, y });
    }
  return cells;
}

/**
 * Places `count` marks on a jittered grid across the field, in a fixed shuffled order, so marks
 * scatter evenly and none hides behind the hub. A field with no room places none.
 */
function scatter(
  count: number,
  box: Box,
  hole: { width: number; height: number },
): { points: UnitPoint[]; cell: number } {
  if (count === 0 || box.width <= 0 || box.height <= 0) return { points: [], cell: 0 };
  let cell = Math.sqrt((box.width * box.height) / (count * 1.2));
  let cells = gridCells(box, hole, cell);
  for (let tries = 0; cells.length < count && tries < 100; tries++) {
    cell *= 0.95;
    cells = gridCells(box, hole, cell);
  }
  const random = seeded(1984);
  for (let i = cells.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [cells[i], cells[j]] = [cells[j] as UnitPoint, cells[i] as UnitPoint];
  }
  const jitter = seeded(2019);
  const points = cells.slice(0, count).map((point) => ({
    x: point.x + (jitter() - 0.5) * cell * 0.4,
    y: point.y + (jitter() - 0.5) * cell * 0.4,
  }));
  return { points, cell };
}

/** Legend entries side by side when they fit in one row, else one under the other; then the scale note. */
function layoutLegend(data: SensorsData, state: SensorsState, size: Size) {
  const { width, fontSize } = size;
  const lineHeight = fontSize * 1.3;
  const swatchRoom = fontSize * 1.3;
  const gap = fontSize;
  const entryWidth = (width - gap * (data.groups.length - 1)) / data.groups.length;
  const sideBySide = data.groups.every((group) => textWidth(group.label, fontSize) + swatchRoom <= entryWidth);
  let y = fontSize;
  const legend: LegendEntry[] = data.groups.map((group, index) => {
    const lines = wrapText(group.label, fontSize, width - swatchRoom);
    const entry = {
      id: group.id,
      shape: group.shape,
      x: sideBySide ? index * (entryWidth + gap) : 0,
      y,
      lines,
      shown: state.show.includes(group.id),
    };
    if (!sideBySide) y += lines.length * lineHeight;
    return entry;
  });
  if (sideBySide) y += lineHeight;
  const scale = { y: y + fontSize * 0.2, lines: wrapText(data.scaleLabel, fontSize, width) };
  return { legend, scale, bottom: scale.y + (scale.lines.length - 1) * lineHeight + fontSize * 0.6 };
}

/** Pure layout: the legend, the scattered marks of the groups shown, and the hub when connected. */
export function layoutSensors(data: SensorsData, state: SensorsState, size: Size): SensorsScene {
  const { width, height, fontSize } = size;
  const { legend, scale, bottom } = layoutLegend(data, state, size);
  const hubSize = fontSize * 1.15;
  const hubWidth = Math.min(width * 0.7, textWidth(data.hubLabel, hubSize, "bold") + fontSize * 2);
  const hubHeight = fontSize * 2.4;
  const field = { x: 0, y: bottom, width, height: Math.max(0, height - bottom - 2) };
  const total = data.groups.reduce((sum, group) => sum + group.marks, 0);
  const { points, cell } = scatter(total, field, { width: hubWidth, height: hubHeight });
  const markSize = Math.max(2, Math.min(cell * 0.55, fontSize * 0.6));
  let next = 0;
  const groups = data.groups.flatMap((group) => {
    const own = points.slice(next, next + group.marks);
    next += group.marks;
    if (!state.show.includes(group.id)) return [];
    return [
      { id: group.id, shape: group.shape, points: own, path: unitPath(own, group.shape, markSize), size: markSize },
    ];
  });
  const hub = state.connected
    ? {
        x: (width - hubWidth) / 2,
        y: field.y + (field.height - hubHeight) / 2,
        width: hubWidth,
        height: hubHeight,
        label: data.hubLabel,
      }
    : null;
  const hubCentre = hub ? `L${(hub.x + hub.width / 2).toFixed(1)} ${(hub.y + hub.height / 2).toFixed(1)}` : "";
  const links = hub
    ? groups
        .flatMap((group) => group.points.map((point) => `M${point.x.toFixed(1)} ${point.y.toFixed(1)}${hubCentre}`))
        .join("")
    : null;
  // The field needs at least five lines under the legend, for the marks and the hub.
  const shortfall = Math.max(0, bottom + fontSize * 5 + 2 - height);
  return { size, shortfall, lineHeight: fontSize * 1.3, markSize, legend, scale, groups, hub, links };
}

function legendMarks(root: Layer, scene: SensorsScene, animate: boolean): void {
  const { fontSize } = scene.size;
  const swatch = fontSize * 0.8;
  const entries = scene.legend.map((entry) => ({
    ...entry,
    classes: [entry.shown && "is-shown", `shape-${entry.shape}`],
  }));
  rectMark(
    root,
    entries.map((entry) => ({
      ...entry,
      y: entry.y - swatch * 0.85,
      width: swatch,
      height: swatch,
      rx: entry.shape === "dot" ? swatch / 2 : 1,
    })),
    "swatch",
    animate,
  );
  textMark(
    root,
    entries.map((entry) => ({ ...entry, x: entry.x + fontSize * 1.3, size: fontSize, lineHeight: scene.lineHeight })),
    "legend-label",
    animate,
  );
  textMark(
    root,
    [{ id: "scale", x: 0, y: scene.scale.y, lines: scene.scale.lines, size: fontSize, lineHeight: scene.lineHeight }],
    "scale",
    animate,
  );
}

function fieldMarks(root: Layer, scene: SensorsScene, animate: boolean): void {
  pathMark(root, scene.links ? [{ id: "links", d: scene.links }] : [], "links", animate);
  unitMark(root, scene.groups, "sensor-marks", animate);
  const hubs = scene.hub ? [{ id: "hub", ...scene.hub, rx: 6 }] : [];
  const hubSize = scene.size.fontSize * 1.15;
  rectMark(root, hubs, "hub", animate);
  textMark(
    root,
    hubs.map((hub) => ({
      id: "hub",
      x: hub.x + hub.width / 2,
      y: hub.y + hub.height / 2 + hubSize * 0.35,
      lines: [hub.label],
      size: hubSize,
      anchor: "middle" as const,
    })),
    "hub-label",
    animate,
  );
}

/** The sensors chart: a field of marks, a mark per hundred feeds or sensors, then all wired to one view. */
export const chart = defineChart("sensors", layoutSensors, [fieldMarks, legendMarks]);
