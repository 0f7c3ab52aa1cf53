import { select } from "d3-selection";
import { animateWith, fadeOut } from "./animateWith.ts";
import type { Chart, Size } from "./chartTypes.ts";
import { keyOf } from "./keyOf.ts";
import { layers } from "./layer.ts";
import { textWidth, wrapText } from "./textWidth.ts";

export interface SensorGroup {
  id: string;
  /** The legend entry with its figure (視頻監控：超過9700路). */
  label: string;
  /** Marks drawn: the figure divided by the data's `perMark`. */
  marks: number;
  shape: "circle" | "square";
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

export interface SensorMark {
  id: string;
  group: string;
  shape: "circle" | "square";
  x: number;
  y: number;
}

export interface LegendEntry {
  id: string;
  shape: "circle" | "square";
  x: number;
  y: number;
  lines: string[];
}

export interface SensorsScene {
  size: Size;
  fontSize: number;
  markSize: number;
  legend: LegendEntry[];
  scale: { x: number; y: number; text: string };
  marks: SensorMark[];
  hub: { x: number; y: number; width: number; height: number; label: string } | null;
  links: { id: string; x1: number; y1: number; x2: number; y2: number }[];
}

/** A fixed pseudo-random sequence (a linear congruential generator), so the field looks scattered yet renders the same everywhere. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/**
 * Cells of a jittered grid across the field, in a fixed shuffled order, leaving out the middle
 * where the hub sits, so marks scatter evenly and none hides behind the hub.
 */
function fieldCells(
  count: number,
  box: { x: number; y: number; width: number; height: number },
  hole: { width: number; height: number },
): { cells: { x: number; y: number }[]; cell: number } {
  let cell = Math.sqrt((box.width * box.height) / (count * 1.2));
  for (;;) {
    const columns = Math.floor(box.width / cell);
    const rows = Math.floor(box.height / cell);
    const left = box.x + (box.width - columns * cell) / 2;
    const top = box.y + (box.height - rows * cell) / 2;
    const centreX = box.x + box.width / 2;
    const centreY = box.y + box.height / 2;
    const cells: { x: number; y: number }[] = [];
    for (let row = 0; row < rows; row++)
      for (let column = 0; column < columns; column++) {
        const x = left + (column + 0.5) * cell;
        const y = top + (row + 0.5) * cell;
        if (Math.abs(x - centreX) < hole.width / 2 + cell / 2 && Math.abs(y - centreY) < hole.height / 2 + cell / 2)
          continue;
        cells.push({ x, y });
      }
    if (cells.length >= count) {
      const random = seeded(1984);
      for (let i = cells.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [cells[i], cells[j]] = [cells[j] as { x: number; y: number }, cells[i] as { x: number; y: number }];
      }
      const jitter = seeded(2019);
      return {
        cell,
        cells: cells.slice(0, count).map((point) => ({
          x: point.x + (jitter() - 0.5) * cell * 0.4,
          y: point.y + (jitter() - 0.5) * cell * 0.4,
        })),
      };
    }
    cell *= 0.95;
  }
}

/** Pure layout: the legend, the scattered marks of the groups shown, and the hub when connected. */
export function layoutSensors(data: SensorsData, state: SensorsState, size: Size): SensorsScene {
  const { width, height } = size;
  const narrow = width < 480;
  const fontSize = narrow ? 13 : 15;
  const lineHeight = fontSize * 1.35;
  const swatch = fontSize * 0.8;

  // Legend: one entry per group, side by side when there is room, else one under the other.
  const entryWidth = narrow ? width : (width - 16) / data.groups.length;
  let legendBottom = 0;
  const legend: LegendEntry[] = data.groups.map((group, index) => {
    const lines = wrapText(group.label, fontSize, entryWidth - swatch - 14);
    const stacked = narrow ? index : 0;
    const x = narrow ? 0 : index * (entryWidth + 16);
    const y = fontSize + stacked * lineHeight * 1.1;
    legendBottom = Math.max(legendBottom, y + (lines.length - 1) * lineHeight);
    return { id: group.id, shape: group.shape, x, y, lines };
  });
  const scale = { x: 0, y: legendBottom + lineHeight, text: data.scaleLabel };

  const hubHeight = fontSize * 2.6;
  const hubWidth = Math.min(width * 0.6, textWidth(data.hubLabel, fontSize + 2) + fontSize * 2.4);
  const field = { x: 0, y: scale.y + fontSize, width, height: height - scale.y - fontSize - 4 };
  const total = data.groups.reduce((sum, group) => sum + group.marks, 0);
  const { cells, cell } = fieldCells(total, field, { width: hubWidth, height: hubHeight });

  const shown = new Set(state.show);
  const marks: SensorMark[] = [];
  let next = 0;
  for (const group of data.groups) {
    for (let i = 0; i < group.marks; i++) {
      const point = cells[next++];
      if (point && shown.has(group.id))
        marks.push({ id: `${group.id}-${i}`, group: group.id, shape: group.shape, x: point.x, y: point.y });
    }
  }

  const hub = state.connected
    ? {
        x: field.x + (field.width - hubWidth) / 2,
        y: field.y + (field.height - hubHeight) / 2,
        width: hubWidth,
        height: hubHeight,
        label: data.hubLabel,
      }
    : null;
  const links = hub
    ? marks.map((mark) => ({
        id: mark.id,
        x1: mark.x,
        y1: mark.y,
        x2: hub.x + hub.width / 2,
        y2: hub.y + hub.height / 2,
      }))
    : [];
  return { size, fontSize, markSize: Math.max(3, Math.min(cell * 0.5, 9)), legend, scale, marks, hub, links };
}

function drawScene(svgElement: SVGSVGElement, scene: SensorsScene, animate: boolean): void {
  const svg = select(svgElement);
  const { width, height } = scene.size;
  svg.attr("viewBox", `0 0 ${width} ${height}`).attr("class", "chart chart-sensors");
  const layer = layers(svgElement, ["links", "marks", "hub", "legend"]);
  const swatch = scene.fontSize * 0.8;

  const legend = layer.legend
    .selectAll<SVGGElement, LegendEntry>("g.legend-entry")
    .data(
      scene.legend,
      keyOf((d) => d.id),
    )
    .join((enter) => {
      const g = enter.append("g").attr("class", "legend-entry");
      g.append("rect").attr("class", "swatch");
      g.append("text");
      return g;
    })
    .attr("data-key", (d) => d.id)
    .attr("transform", (d) => `translate(${d.x},${d.y})`)
    .classed("is-shown", (d) => scene.marks.some((mark) => mark.group === d.id));
  legend
    .select("rect")
    .attr("class", (d) => `swatch shape-${d.shape}`)
    .attr("x", 0)
    .attr("y", -swatch * 0.9)
    .attr("width", swatch)
    .attr("height", swatch)
    .attr("rx", (d) => (d.shape === "circle" ? swatch / 2 : 1));
  const legendText = legend.select("text").attr("font-size", scene.fontSize);
  legendText
    .selectAll("tspan")
    .data((d) => d.lines.map((line, index) => ({ line, index })))
    .join("tspan")
    .attr("x", swatch + 6)
    .attr("dy", (d) => (d.index === 0 ? 0 : "1.35em"))
    .text((d) => d.line);

  layer.legend
    .selectAll<SVGTextElement, SensorsScene["scale"]>("text.scale")
    .data([scene.scale])
    .join("text")
    .attr("class", "scale")
    .attr("font-size", scene.fontSize - 1)
    .attr("x", (d) => d.x)
    .attr("y", (d) => d.y)
    .text((d) => d.text);

  const links = layer.links
    .selectAll<SVGLineElement, SensorsScene["links"][number]>("line.link")
    .data(
      scene.links,
      keyOf((d) => d.id),
    )
    .join(
      (enter) =>
        enter
          .append("line")
          .attr("class", "link")
          .attr("x1", (d) => d.x1)
          .attr("y1", (d) => d.y1)
          .attr("x2", (d) => d.x1)
          .attr("y2", (d) => d.y1),
      (update) => update,
      (exit) => fadeOut(exit, animate),
    )
    .attr("data-key", (d) => d.id);
  animateWith(links, animate, (t) =>
    t
      .attr("x1", (d) => d.x1)
      .attr("y1", (d) => d.y1)
      .attr("x2", (d) => d.x2)
      .attr("y2", (d) => d.y2),
  );

  const half = scene.markSize / 2;
  const circles = layer.marks
    .selectAll<SVGCircleElement, SensorMark>("circle.sensor")
    .data(
      scene.marks.filter((mark) => mark.shape === "circle"),
      keyOf((d) => d.id),
    )
    .join(
      (enter) =>
        enter
          .append("circle")
          .attr("class", "sensor")
          .attr("cx", (d) => d.x)
          .attr("cy", (d) => d.y)
          .attr("r", 0),
      (update) => update,
      (exit) => fadeOut(exit, animate),
    )
    .attr("data-key", (d) => d.id);
  animateWith(circles, animate, (t) =>
    t
      .attr("cx", (d) => d.x)
      .attr("cy", (d) => d.y)
      .attr("r", half),
  );
  const squares = layer.marks
    .selectAll<SVGRectElement, SensorMark>("rect.sensor")
    .data(
      scene.marks.filter((mark) => mark.shape === "square"),
      keyOf((d) => d.id),
    )
    .join(
      (enter) =>
        enter
          .append("rect")
          .attr("class", "sensor")
          .attr("x", (d) => d.x)
          .attr("y", (d) => d.y)
          .attr("width", 0)
          .attr("height", 0),
      (update) => update,
      (exit) => fadeOut(exit, animate),
    )
    .attr("data-key", (d) => d.id);
  animateWith(squares, animate, (t) =>
    t
      .attr("x", (d) => d.x - half * 0.9)
      .attr("y", (d) => d.y - half * 0.9)
      .attr("width", half * 1.8)
      .attr("height", half * 1.8),
  );

  const hub = layer.hub
    .selectAll<SVGGElement, NonNullable<SensorsScene["hub"]>>("g.hub")
    .data(
      scene.hub ? [scene.hub] : [],
      keyOf(() => "hub"),
    )
    .join(
      (enter) => {
        const g = enter.append("g").attr("class", "hub").attr("opacity", 0);
        g.append("rect").attr("rx", 6);
        g.append("text").attr("text-anchor", "middle");
        return g;
      },
      (update) => update,
      (exit) => fadeOut(exit, animate),
    )
    .attr("data-key", "hub");
  hub
    .select("rect")
    .attr("x", (d) => d.x)
    .attr("y", (d) => d.y)
    .attr("width", (d) => d.width)
    .attr("height", (d) => d.height);
  hub
    .select("text")
    .attr("font-size", scene.fontSize + 2)
    .attr("x", (d) => d.x + d.width / 2)
    .attr("y", (d) => d.y + d.height / 2 + (scene.fontSize + 2) * 0.35)
    .text((d) => d.label);
  animateWith(hub, animate, (t) => t.attr("opacity", 1));
}

export const sensors: Chart<SensorsData, SensorsState> = {
  draw(svg, data, state, size, options) {
    drawScene(svg, layoutSensors(data, state, size), options.animate);
  },
};
