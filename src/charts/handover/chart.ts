import type { Size } from "../chartTypes.ts";
import type { Layer } from "../kit/layers.ts";
import { defineChart } from "../kit/defineChart.ts";
import { pathMark } from "../kit/pathMark.ts";
import { rectMark } from "../kit/rectMark.ts";
import { textBlock } from "../kit/textBlock.ts";
import { textMark, type TextDatum } from "../kit/textMark.ts";
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
  shortfall: number;
  lineHeight: number;
  header: TextDatum[];
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
 * label above; then, from the bottom up, pulled up just enough to end above the bottom and clear the label
 * below, so a column that fits its room never overlaps.
 */
function stackLabels(
  wanted: { middle: number; lines: number }[],
  lineHeight: number,
  limits: [number, number],
): number[] {
  const space = lineHeight * 0.2;
  const heights = wanted.map((label) => label.lines * lineHeight);
  let floor = limits[0];
  const tops = wanted.map((label, index) => {
    const top = Math.max(label.middle - (heights[index] ?? 0) / 2, floor);
    floor = top + (heights[index] ?? 0) + space;
    return top;
  });
  let ceiling = limits[1] + space;
  for (let index = tops.length - 1; index >= 0; index -= 1) {
    const top = Math.min(tops[index] ?? 0, ceiling - space - (heights[index] ?? 0));
    tops[index] = top;
    ceiling = top;
  }
  return tops.map((top) => Math.max(limits[0], top));
}

/** Pure layout: the government's bar, a bar per kind of partner sized by its count, and the ribbons shown. */
export function layoutHandover(data: HandoverData, state: HandoverState, size: Size): HandoverScene {
  const { width, height, fontSize } = size;
  const lineHeight = fontSize * 1.3;
  const nodeWidth = fontSize * 0.9;
  const header = textBlock(
    "header",
    [
      { text: data.sourceLabel, size: fontSize * 1.5, role: "value", weight: "bold" },
      { text: data.sourceNote, size: fontSize, role: "note" },
      { text: data.widthNote, size: fontSize, role: "note" },
    ],
    { x: 0, top: 0, width },
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
  // The flow needs room for its labels, one under the other, and at least four lines.
  const labelsHeight = labels.reduce((sum, lines) => sum + (lines.length + 0.2) * lineHeight, 0);
  const shortfall = Math.max(0, top + Math.max(labelsHeight, fontSize * 4) - bottom);
  return { size, shortfall, lineHeight, header: header.texts, source, nodeWidth, partners, ribbons };
}

function flowMarks(root: Layer, scene: HandoverScene, animate: boolean): void {
  rectMark(root, [{ id: "source", ...scene.source }], "source", animate);
  const muted = (item: { id: string; muted: boolean }) => [`ribbon-${item.id}`, item.muted && "is-muted"];
  pathMark(
    root,
    scene.ribbons.map((ribbon) => ({ id: ribbon.id, d: ribbon.path, classes: muted(ribbon) })),
    "ribbon",
    animate,
  );
  rectMark(
    root,
    scene.partners.map((partner) => ({ ...partner, width: scene.nodeWidth, classes: muted(partner) })),
    "partner",
    animate,
  );
}

function labelMarks(root: Layer, scene: HandoverScene, animate: boolean): void {
  const { fontSize } = scene.size;
  textMark(root, scene.header, "block", animate);
  textMark(
    root,
    scene.partners.map((partner) => ({
      id: partner.id,
      x: partner.x + scene.nodeWidth + fontSize * 0.4,
      y: partner.labelY,
      lines: partner.lines,
      size: fontSize,
      lineHeight: scene.lineHeight,
      classes: [partner.muted && "is-muted"],
    })),
    "partner-label",
    animate,
  );
}

/** The handover chart: the functions the government handed over, flowing to the bodies that took them on. */
export const chart = defineChart("handover", layoutHandover, [flowMarks, labelMarks]);
