import type { Chart, Size } from "../chartTypes.ts";
import { joinMarks } from "../kit/join.ts";
import { layers, type Layer } from "../kit/layers.ts";
import { drawTextBlock, layoutTextBlock, type BlockLine } from "../kit/textBlock.ts";
import { textLines } from "../kit/textLines.ts";
import { textWidth } from "../kit/textWidth.ts";
import { wrapText } from "../kit/wrapText.ts";

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
  muted: boolean;
}

export interface PartnerNode {
  id: string;
  x: number;
  y: number;
  height: number;
  lines: string[];
  /** The label's first baseline. */
  labelY: number;
  muted: boolean;
}

export interface HandoverScene {
  size: Size;
  lineHeight: number;
  header: BlockLine[];
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

/**
 * Label positions beside the partner bars: each at its bar's middle, pushed down just enough to clear the
 * label above, and the whole column pulled up if that runs it past the bottom.
 */
function stackLabels(
  wanted: { middle: number; lines: number }[],
  lineHeight: number,
  limits: [number, number],
): number[] {
  const tops: number[] = [];
  let floor = limits[0];
  for (const label of wanted) {
    const top = Math.max(label.middle - (label.lines * lineHeight) / 2, floor);
    tops.push(top);
    floor = top + label.lines * lineHeight + lineHeight * 0.2;
  }
  const overflow = Math.max(0, floor - lineHeight * 0.2 - limits[1]);
  return tops.map((top) => Math.max(limits[0], top - overflow));
}

/** Pure layout: the government's bar, a bar per kind of partner sized by its count, and the ribbons shown. */
export function layoutHandover(data: HandoverData, state: HandoverState, size: Size): HandoverScene {
  const { width, height, fontSize } = size;
  const lineHeight = fontSize * 1.3;
  const nodeWidth = fontSize * 0.9;
  const header = layoutTextBlock(
    [
      { text: data.sourceLabel, size: fontSize * 1.5, role: "value", weight: "bold" },
      { text: data.sourceNote, size: fontSize, role: "note" },
      { text: data.widthNote, size: fontSize, role: "note" },
    ],
    width,
  );
  const labelRoom = Math.min(
    width * 0.45,
    Math.max(...data.partners.map((partner) => textWidth(partner.label, fontSize))),
  );
  const labels = data.partners.map((partner) => wrapText(partner.label, fontSize, labelRoom));
  const rightX = width - labelRoom - nodeWidth - fontSize * 0.5;
  const top = header.height + fontSize;
  const bottom = height - 2;
  const gap = fontSize * 1.2;
  const total = data.partners.reduce((sum, partner) => sum + partner.count, 0);
  const unit = Math.max(0, bottom - top - gap * (data.partners.length - 1)) / Math.max(total, 1);
  const source = { x: 0, y: top + (bottom - top - total * unit) / 2, width: nodeWidth, height: total * unit };
  const bars: { y: number; height: number }[] = [];
  let rightY = top;
  for (const partner of data.partners) {
    bars.push({ y: rightY, height: partner.count * unit });
    rightY += partner.count * unit + gap;
  }
  const labelTops = stackLabels(
    bars.map((bar, index) => ({ middle: bar.y + bar.height / 2, lines: labels[index]?.length ?? 1 })),
    lineHeight,
    [top, bottom],
  );
  const shown = new Set(state.partners);
  const muted = (id: string) => state.focus !== undefined && state.focus !== id;
  let leftY = source.y;
  const ribbons: Ribbon[] = [];
  data.partners.forEach((partner, index) => {
    const bar = bars[index] ?? { y: 0, height: 0 };
    if (shown.has(partner.id)) {
      const left: [number, number] = [leftY, leftY + bar.height];
      ribbons.push({
        id: partner.id,
        path: ribbonPath(nodeWidth, rightX, left, [bar.y, bar.y + bar.height]),
        muted: muted(partner.id),
      });
    }
    leftY += bar.height;
  });
  const partners = data.partners.flatMap((partner, index) => {
    const bar = bars[index];
    if (!bar || !shown.has(partner.id)) return [];
    const labelY = (labelTops[index] ?? top) + fontSize * 0.95;
    return [{ id: partner.id, x: rightX, ...bar, lines: labels[index] ?? [], labelY, muted: muted(partner.id) }];
  });
  return { size, lineHeight, header: header.lines, source, nodeWidth, partners, ribbons };
}

function flowMarks(layer: Record<"ribbons" | "nodes", Layer>, scene: HandoverScene, animate: boolean): void {
  joinMarks<SVGRectElement, HandoverScene["source"], SVGGElement, unknown>(layer.nodes, [scene.source], {
    tag: "rect",
    className: "source",
    key: () => "source",
    animate,
  })
    .attr("x", (d) => d.x)
    .attr("y", (d) => d.y.toFixed(1))
    .attr("width", (d) => d.width.toFixed(1))
    .attr("height", (d) => d.height.toFixed(1));
  joinMarks<SVGPathElement, Ribbon, SVGGElement, unknown>(layer.ribbons, scene.ribbons, {
    tag: "path",
    className: "ribbon",
    key: (d) => d.id,
    modifiers: (d) => [`ribbon-${d.id}`, d.muted && "is-muted"],
    animate,
  }).attr("d", (d) => d.path);
  joinMarks<SVGRectElement, PartnerNode, SVGGElement, unknown>(layer.nodes, scene.partners, {
    tag: "rect",
    className: "partner",
    key: (d) => d.id,
    modifiers: (d) => [`ribbon-${d.id}`, d.muted && "is-muted"],
    animate,
  })
    .attr("x", (d) => d.x.toFixed(1))
    .attr("y", (d) => d.y.toFixed(1))
    .attr("width", scene.nodeWidth.toFixed(1))
    .attr("height", (d) => d.height.toFixed(1));
}

function labelMarks(layer: Layer, scene: HandoverScene, animate: boolean): void {
  drawTextBlock(layer, scene.header, animate);
  const labels = joinMarks<SVGTextElement, PartnerNode, SVGGElement, unknown>(layer, scene.partners, {
    tag: "text",
    className: "partner-label",
    key: (d) => d.id,
    modifiers: (d) => [d.muted && "is-muted"],
    animate,
  })
    .attr("font-size", scene.size.fontSize)
    .attr(
      "transform",
      (d) => `translate(${(d.x + scene.nodeWidth + scene.size.fontSize * 0.4).toFixed(1)},${d.labelY.toFixed(1)})`,
    );
  textLines(labels, (d) => d.lines, scene.lineHeight);
}

/** The handover chart: the functions the government handed over, flowing to the bodies that took them on. */
export const chart: Chart<HandoverData, HandoverState> = {
  draw(svg, data, state, size, { animate }) {
    const scene = layoutHandover(data, state, size);
    const layer = layers(svg, { name: "handover", size, animate }, ["ribbons", "nodes", "labels"]);
    flowMarks(layer, scene, animate);
    labelMarks(layer.labels, scene, animate);
  },
};
