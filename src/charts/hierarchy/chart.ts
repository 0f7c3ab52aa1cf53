import type { Size } from "../chartTypes.ts";
import { fitGrid } from "../kit/fitGrid.ts";
import { fitText } from "../kit/fitText.ts";
import { circleMark } from "../kit/circleMark.ts";
import type { Layer } from "../kit/layers.ts";
import { defineChart } from "../kit/defineChart.ts";
import { pathMark } from "../kit/pathMark.ts";
import { unitMark, type UnitGroup } from "../kit/unitMark.ts";
import { rectMark } from "../kit/rectMark.ts";
import { textMark } from "../kit/textMark.ts";
import { unitPath, type UnitPoint } from "../kit/unitPath.ts";
import { wrapText } from "../kit/wrapText.ts";

export interface HierarchyTier {
  id: string;
  /** The tier's name in a usual county (縣, 鄉鎮、街道 …). */
  countyLabel: string;
  /** Its name in Longgang; null for the tier Longgang does without. */
  longgangLabel: string | null;
  /** What replaces the tier's name once Longgang has dropped it (不設鄉鎮、街道). */
  removedLabel: string | null;
  /** Longgang's units of this tier, one mark each, and the band's label when they show (社區：102個). */
  units: { count: number; label: string; shape: "square" | "dot" } | null;
}

export interface HierarchyData {
  /** Top to bottom; the first tier is the county or city government itself. */
  tiers: HierarchyTier[];
  /** City cadres as ten marks, the share of them working in communities and grids, and its caption. */
  cadres: { share: number; caption: string };
  /** What the unit marks stand for (由199個村居整合為102個社區、469個網格). */
  unitsCaption: string;
}

export interface HierarchyState {
  /** The usual four-tier county, or Longgang's three tiers with the middle folded away. */
  structure: "county" | "longgang";
  /** One mark per community and per grid. */
  units?: boolean | undefined;
  /** Ten marks for the city's cadres, the share working in communities and grids moved down. */
  cadres?: boolean | undefined;
}

/** Each cadre mark stands for a tenth of the city's cadres. */
export const cadreMarks = 10;

export interface TierBand {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  /** The tier Longgang does without: drawn as a dashed gap. */
  removed: boolean;
  /** The label sits centred in the band, unless marks fill it (then top left). */
  labelX: number;
  labelY: number;
  labelAnchor: "start" | "middle";
}

export interface CadreMark {
  id: string;
  x: number;
  y: number;
  moved: boolean;
}

export interface HierarchyScene {
  size: Size;
  shortfall: number;
  lineHeight: number;
  radius: number;
  bands: TierBand[];
  connectors: { id: string; x: number; y1: number; y2: number }[];
  units: UnitGroup[];
  cadres: CadreMark[];
  caption: { id: string; x: number; y: number; lines: string[] } | null;
}

/** Band widths as a share of the plot, widening down the hierarchy like the reach of each tier. */
const bandWidthShare = [0.6, 0.76, 0.9, 1];

interface Frame {
  flat: boolean;
  showUnits: boolean;
  showCadres: boolean;
  fontSize: number;
  lineHeight: number;
  gap: number;
}

function bandLabel(tier: HierarchyTier, frame: Frame): string {
  if (frame.flat && tier.longgangLabel === null) return tier.removedLabel ?? "";
  if (frame.showUnits && tier.units) return tier.units.label;
  return frame.flat ? (tier.longgangLabel ?? tier.countyLabel) : tier.countyLabel;
}

/** Each tier's share of the room: none for the tier Longgang does without, more for a tier full of marks. */
function bandWeights(data: HierarchyData, frame: Frame): number[] {
  return data.tiers.map((tier, index) => {
    if (frame.flat && tier.longgangLabel === null) return 0;
    return frame.showUnits && index > 0 && tier.units ? 1 + tier.units.count / 250 : 1;
  });
}

/** The tiers as bands down the plot, each as tall as its share of the room (marks need more), never less than 0. */
function layoutBands(data: HierarchyData, frame: Frame, box: { width: number; height: number }): TierBand[] {
  const { fontSize, flat, showUnits } = frame;
  const removed = (tier: HierarchyTier) => flat && tier.longgangLabel === null;
  const ghostHeight = fontSize * 1.4;
  const weights = bandWeights(data, frame);
  const ghosts = data.tiers.filter(removed).length * ghostHeight;
  const free = Math.max(0, box.height - frame.gap * (data.tiers.length - 1) - ghosts);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  let y = 0;
  return data.tiers.map((tier, index) => {
    const bandHeight = removed(tier) ? ghostHeight : (free * (weights[index] ?? 1)) / totalWeight;
    const bandWidth = box.width * (bandWidthShare[index] ?? 1);
    const x = (box.width - bandWidth) / 2;
    const topLeft = (showUnits && tier.units !== null) || (frame.showCadres && index === 0);
    const label = fitText(bandLabel(tier, frame), fontSize, Math.max(0, bandWidth - fontSize), "bold");
    const band: TierBand = {
      id: tier.id,
      x,
      y,
      width: bandWidth,
      height: bandHeight,
      label,
      removed: removed(tier),
      labelX: topLeft ? x + fontSize * 0.5 : x + bandWidth / 2,
      labelY: topLeft ? y + fontSize * 1.2 : y + bandHeight / 2 + fontSize * 0.35,
      labelAnchor: topLeft ? "start" : "middle",
    };
    y += bandHeight + frame.gap;
    return band;
  });
}

/**
 * How much taller the chart must be for every band to hold its label (and, with units, a row of marks
 * under it): the bands share the room in proportion to their weights, so the room they need is set by
 * the band that needs most for its weight.
 */
function shortfallOf(data: HierarchyData, bands: TierBand[], frame: Frame): number {
  const weights = bandWeights(data, frame);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const free = bands.filter((band) => !band.removed).reduce((sum, band) => sum + band.height, 0);
  const needed = data.tiers.map((tier, index) => {
    const weight = weights[index] ?? 0;
    if (weight === 0) return 0;
    const need = frame.showUnits && tier.units ? frame.lineHeight + frame.fontSize * 0.8 : frame.fontSize * 1.5;
    return (need * total) / weight;
  });
  return Math.max(0, Math.max(...needed) - free);
}

/** A tier's units on a grid inside its band, under the band's label: one path per tier. */
function layoutUnits(data: HierarchyData, bands: TierBand[], frame: Frame): UnitGroup[] {
  if (!frame.showUnits) return [];
  return data.tiers.flatMap((tier, index) => {
    const band = bands[index];
    if (!tier.units || !band) return [];
    const pad = frame.fontSize * 0.5;
    const top = band.y + frame.lineHeight + pad;
    const boxWidth = Math.max(0, band.width - 2 * pad);
    const boxHeight = Math.max(0, band.y + band.height - pad - top);
    const { cell, columns } = fitGrid(tier.units.count, boxWidth, boxHeight);
    const rows = Math.ceil(tier.units.count / columns);
    const left = band.x + pad + (boxWidth - cell * columns) / 2;
    const upper = top + (boxHeight - cell * rows) / 2;
    const points: UnitPoint[] = Array.from({ length: tier.units.count }, (_, i) => ({
      x: left + (i % columns) * cell + cell / 2,
      y: upper + Math.floor(i / columns) * cell + cell / 2,
    }));
    const size = cell * 0.72;
    return [{ id: tier.id, shape: tier.units.shape, path: unitPath(points, tier.units.shape, size), size }];
  });
}

/** Ten cadre marks in the city's band; the share that moved down sits on the line between the lowest tiers. */
function layoutCadres(data: HierarchyData, bands: TierBand[], frame: Frame, width: number): CadreMark[] {
  const city = bands[0];
  const lower = bands.at(-1);
  if (!frame.showCadres || !city || !lower) return [];
  const movedCount = Math.round((data.cadres.share / 100) * cadreMarks);
  const spacing = Math.min(frame.fontSize * 1.1, Math.max(0, city.width - frame.fontSize) / cadreMarks);
  const homeLeft = city.x + (city.width - spacing * (cadreMarks - 1)) / 2;
  const homeY = city.y + frame.lineHeight + Math.max(0, city.height - frame.lineHeight) / 2;
  const landing = lower.y - frame.gap / 2;
  return Array.from({ length: cadreMarks }, (_, i) => {
    const moved = i < movedCount;
    return {
      id: `cadre-${i}`,
      x: moved ? width / 2 + (i - (movedCount - 1) / 2) * spacing * 1.4 : homeLeft + i * spacing,
      y: moved ? landing : homeY,
      moved,
    };
  });
}

/** Pure layout: bands for the tiers shown, their unit marks and the cadres, for a state at a size. */
export function layoutHierarchy(data: HierarchyData, state: HierarchyState, size: Size): HierarchyScene {
  const { width, height, fontSize } = size;
  const flat = state.structure === "longgang";
  const lineHeight = fontSize * 1.3;
  const frame: Frame = {
    flat,
    showUnits: flat && state.units === true,
    showCadres: flat && state.cadres === true,
    fontSize,
    lineHeight,
    gap: Math.min(fontSize * 1.5, height / 16),
  };
  // The caption's room is always kept, as tall as the longer caption, so bands stay put when one comes or
  // goes; in a box too short for the bands and a caption, the caption (which the step's text also says) goes.
  const captions = [data.unitsCaption, data.cadres.caption].map((text) => wrapText(text, fontSize, width));
  const fullCaption = Math.max(...captions.map((lines) => lines.length)) * lineHeight + fontSize * 0.4;
  const withCaption = layoutBands(data, frame, { width, height: Math.max(0, height - fullCaption) });
  const captionHeight = shortfallOf(data, withCaption, frame) > 0 ? 0 : fullCaption;
  const bands = captionHeight ? withCaption : layoutBands(data, frame, { width, height });
  const connectors = bands.slice(1).flatMap((band, index) => {
    // Past a removed tier the line runs from the last tier that exists, across the gap.
    const from = bands[index]?.removed ? bands[index - 1] : bands[index];
    if (!from || band.removed) return [];
    return [{ id: `${from.id}-${band.id}`, x: width / 2, y1: from.y + from.height, y2: band.y }];
  });
  const captionIndex = !captionHeight ? -1 : frame.showCadres ? 1 : frame.showUnits ? 0 : -1;
  return {
    size,
    shortfall: shortfallOf(data, bands, frame),
    lineHeight,
    radius: fontSize * 0.38,
    bands,
    connectors,
    units: layoutUnits(data, bands, frame),
    cadres: layoutCadres(data, bands, frame, width),
    caption:
      captionIndex < 0
        ? null
        : {
            id: frame.showCadres ? "cadres" : "units",
            x: 0,
            y: height - captionHeight + fontSize,
            lines: captions[captionIndex] ?? [],
          },
  };
}

function structureMarks(root: Layer, scene: HierarchyScene, animate: boolean): void {
  const f = (value: number) => value.toFixed(1);
  pathMark(
    root,
    scene.connectors.map((link) => ({ id: link.id, d: `M${f(link.x)},${f(link.y1)}V${f(link.y2)}` })),
    "connector",
    animate,
  );
  rectMark(
    root,
    scene.bands.map((band) => ({ ...band, rx: 6, classes: [band.removed && "is-removed"] })),
    "tier",
    animate,
  );
}

function unitMarks(root: Layer, scene: HierarchyScene, animate: boolean): void {
  unitMark(root, scene.units, "units", animate);
  circleMark(
    root,
    scene.cadres.map((cadre) => ({
      id: cadre.id,
      cx: cadre.x,
      cy: cadre.y,
      r: scene.radius,
      classes: [cadre.moved && "is-moved"],
    })),
    "cadre",
    animate,
  );
}

function labelMarks(root: Layer, scene: HierarchyScene, animate: boolean): void {
  const { fontSize } = scene.size;
  textMark(
    root,
    scene.bands.map((band) => ({
      id: band.id,
      x: band.labelX,
      y: band.labelY,
      lines: [band.label],
      size: fontSize,
      anchor: band.labelAnchor,
      classes: [band.removed && "is-removed"],
    })),
    "tier-label",
    animate,
  );
  const captions = scene.caption ? [scene.caption] : [];
  textMark(
    root,
    captions.map((caption) => ({ ...caption, size: fontSize, lineHeight: scene.lineHeight })),
    "caption",
    animate,
  );
}

/** The hierarchy chart: a usual county's four tiers, then Longgang's three, its units and its cadres. */
export const chart = defineChart("hierarchy", layoutHierarchy, [structureMarks, unitMarks, labelMarks]);
