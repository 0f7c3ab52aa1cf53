import { select } from "d3-selection";
import { animateWith, fadeOut } from "./animateWith.ts";
import type { Chart, Size } from "./chartTypes.ts";
import { keyOf } from "./keyOf.ts";
import { layers } from "./layer.ts";
import { textWidth, wrapText } from "./textWidth.ts";

export interface HandoverPartner {
  id: string;
  /** The kind of partner with its number (社會組織：17家). */
  label: string;
  /** How many bodies of this kind took work on; sets the ribbon's width. */
  count: number;
}

export interface HandoverData {
  /** What the government handed over, in large type (83項政府職能). */
  sourceLabel: string;
  /** Examples under it (環保管家、安全管家等). */
  sourceNote: string;
  /** What a ribbon's width means, in words. */
  widthNote: string;
  partners: HandoverPartner[];
}

export interface HandoverState {
  /** Partners whose ribbons are drawn, by id. */
  partners: string[];
  /** The partner called out; the others are muted. */
  focus?: string | undefined;
}

export interface Ribbon {
  id: string;
  /** The ribbon's outline, from its slice of the government's bar to the partner's bar. */
  path: string;
  /** The same outline squeezed against the government's bar: where an entering ribbon grows from. */
  collapsedPath: string;
  muted: boolean;
}

export interface PartnerNode {
  id: string;
  x: number;
  y: number;
  height: number;
  label: string;
  labelY: number;
  muted: boolean;
}

export interface HandoverScene {
  size: Size;
  fontSize: number;
  header: { text: string; y: number; size: number; role: "value" | "note" }[];
  source: { x: number; y: number; width: number; height: number };
  nodeWidth: number;
  partners: PartnerNode[];
  ribbons: Ribbon[];
}

function ribbonPath(xa: number, xb: number, left: [number, number], right: [number, number]): string {
  const xm = (xa + xb) / 2;
  const f = (value: number) => value.toFixed(1);
  return [
    `M${f(xa)},${f(left[0])}`,
    `C${f(xm)},${f(left[0])} ${f(xm)},${f(right[0])} ${f(xb)},${f(right[0])}`,
    `L${f(xb)},${f(right[1])}`,
    `C${f(xm)},${f(right[1])} ${f(xm)},${f(left[1])} ${f(xa)},${f(left[1])}`,
    "Z",
  ].join("");
}

/** Pure layout: the government's bar, a bar per kind of partner sized by its count, and the ribbons shown. */
export function layoutHandover(data: HandoverData, state: HandoverState, size: Size): HandoverScene {
  const { width, height } = size;
  const narrow = width < 480;
  const fontSize = narrow ? 13 : 15;
  const valueSize = Math.round(fontSize * 1.6);
  const nodeWidth = narrow ? 12 : 16;

  const header: HandoverScene["header"] = [];
  let y = valueSize;
  for (const text of wrapText(data.sourceLabel, valueSize, width)) {
    header.push({ text, y, size: valueSize, role: "value" });
    y += valueSize * 1.2;
  }
  for (const [note, noteSize] of [
    [data.sourceNote, fontSize],
    [data.widthNote, fontSize - 2],
  ] as const)
    for (const text of wrapText(note, noteSize, width)) {
      header.push({ text, y, size: noteSize, role: "note" });
      y += noteSize * 1.35;
    }

  const labelWidth = Math.max(...data.partners.map((partner) => textWidth(partner.label, fontSize))) + 8;
  const top = y + fontSize * 0.5;
  const bottom = height - 4;
  const gap = fontSize * 1.6;
  const total = data.partners.reduce((sum, partner) => sum + partner.count, 0);
  const available = bottom - top - gap * (data.partners.length - 1);
  const unit = available / Math.max(total, 1);
  const sourceHeight = total * unit;
  const source = { x: 0, y: top + (bottom - top - sourceHeight) / 2, width: nodeWidth, height: sourceHeight };
  const rightX = width - labelWidth - nodeWidth;

  const shown = new Set(state.partners);
  const partners: PartnerNode[] = [];
  const ribbons: Ribbon[] = [];
  let rightY = top;
  let leftY = source.y;
  let lastLabelY = -Infinity;
  for (const partner of data.partners) {
    const partnerHeight = partner.count * unit;
    const muted = state.focus !== undefined && state.focus !== partner.id;
    // Labels sit at their bar's middle, pushed down just enough not to touch the label above.
    const labelY = Math.max(rightY + partnerHeight / 2 + fontSize * 0.35, lastLabelY + fontSize * 1.3);
    if (shown.has(partner.id)) {
      partners.push({
        id: partner.id,
        x: rightX,
        y: rightY,
        height: partnerHeight,
        label: partner.label,
        labelY,
        muted,
      });
      const left: [number, number] = [leftY, leftY + partnerHeight];
      const right: [number, number] = [rightY, rightY + partnerHeight];
      ribbons.push({
        id: partner.id,
        path: ribbonPath(nodeWidth, rightX, left, right),
        collapsedPath: ribbonPath(nodeWidth, nodeWidth, left, left),
        muted,
      });
      lastLabelY = labelY;
    }
    rightY += partnerHeight + gap;
    leftY += partnerHeight;
  }
  return { size, fontSize, header, source, nodeWidth, partners, ribbons };
}

function drawScene(svgElement: SVGSVGElement, scene: HandoverScene, animate: boolean): void {
  const svg = select(svgElement);
  const { width, height } = scene.size;
  svg.attr("viewBox", `0 0 ${width} ${height}`).attr("class", "chart chart-handover");
  const layer = layers(svgElement, ["ribbons", "nodes", "labels"]);

  layer.labels
    .selectAll<SVGTextElement, HandoverScene["header"][number]>("text.header")
    .data(scene.header)
    .join("text")
    .attr("class", (d) => `header header-${d.role}`)
    .attr("x", 0)
    .attr("y", (d) => d.y)
    .attr("font-size", (d) => d.size)
    .text((d) => d.text);

  const source = layer.nodes
    .selectAll<SVGRectElement, HandoverScene["source"]>("rect.source")
    .data([scene.source])
    .join("rect")
    .attr("class", "source");
  animateWith(source, animate, (t) =>
    t
      .attr("x", (d) => d.x)
      .attr("y", (d) => d.y)
      .attr("width", (d) => d.width)
      .attr("height", (d) => d.height),
  );

  const ribbons = layer.ribbons
    .selectAll<SVGPathElement, Ribbon>("path.ribbon")
    .data(
      scene.ribbons,
      keyOf((d) => d.id),
    )
    .join(
      (enter) =>
        enter
          .append("path")
          .attr("class", "ribbon")
          .attr("d", (d) => d.collapsedPath),
      (update) => update,
      (exit) => fadeOut(exit, animate),
    )
    .attr("data-key", (d) => d.id)
    .attr("class", (d) => `ribbon ribbon-${d.id}${d.muted ? " is-muted" : ""}`);
  animateWith(ribbons, animate, (t) => t.attr("d", (d) => d.path));

  const nodes = layer.nodes
    .selectAll<SVGRectElement, PartnerNode>("rect.partner")
    .data(
      scene.partners,
      keyOf((d) => d.id),
    )
    .join(
      (enter) =>
        enter
          .append("rect")
          .attr("class", "partner")
          .attr("opacity", 0)
          .attr("x", (d) => d.x)
          .attr("y", (d) => d.y)
          .attr("height", (d) => d.height),
      (update) => update,
      (exit) => fadeOut(exit, animate),
    )
    .attr("data-key", (d) => d.id)
    .attr("class", (d) => `partner ribbon-${d.id}${d.muted ? " is-muted" : ""}`)
    .attr("width", scene.nodeWidth);
  animateWith(nodes, animate, (t) =>
    t
      .attr("x", (d) => d.x)
      .attr("y", (d) => d.y)
      .attr("height", (d) => d.height)
      .attr("opacity", 1),
  );

  const labels = layer.labels
    .selectAll<SVGTextElement, PartnerNode>("text.partner-label")
    .data(
      scene.partners,
      keyOf((d) => d.id),
    )
    .join(
      (enter) =>
        enter
          .append("text")
          .attr("class", "partner-label")
          .attr("opacity", 0)
          .attr("y", (d) => d.labelY),
      (update) => update,
      (exit) => fadeOut(exit, animate),
    )
    .attr("data-key", (d) => d.id)
    .classed("is-muted", (d) => d.muted)
    .attr("font-size", scene.fontSize)
    .attr("x", (d) => d.x + scene.nodeWidth + 6)
    .text((d) => d.label);
  animateWith(labels, animate, (t) => t.attr("y", (d) => d.labelY).attr("opacity", 1));
}

export const handover: Chart<HandoverData, HandoverState> = {
  draw(svg, data, state, size, options) {
    drawScene(svg, layoutHandover(data, state, size), options.animate);
  },
};
