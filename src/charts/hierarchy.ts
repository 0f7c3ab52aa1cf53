import { select } from "d3-selection";
import { animateWith, fadeOut } from "./animateWith.ts";
import type { Chart, Size } from "./chartTypes.ts";
import { keyOf } from "./keyOf.ts";
import { layers } from "./layer.ts";
import { fitGrid } from "./fitGrid.ts";
import { textWidth, wrapText } from "./textWidth.ts";

export interface HierarchyTier {
  id: string;
  /** The tier's name in a usual county (縣, 鄉鎮、街道 …). */
  countyLabel: string;
  /** Its name in Longgang; null for the tier Longgang does without. */
  longgangLabel: string | null;
  /** What replaces the tier's name once Longgang has dropped it (不設鄉鎮、街道). */
  removedLabel: string | null;
  /** Longgang's units of this tier, one mark each, and the band's label when they show (社區：102個). */
  units: { count: number; label: string } | null;
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
  /** The label sits centred in the band, unless unit marks fill it (then top left). */
  labelX: number;
  labelY: number;
  labelAnchor: "start" | "middle";
}

export interface UnitMark {
  id: string;
  tier: string;
  x: number;
  y: number;
  size: number;
}

export interface CadreMark {
  id: string;
  /** Where it starts, in the city's band; entering marks fly from here. */
  homeX: number;
  homeY: number;
  x: number;
  y: number;
  moved: boolean;
}

export interface HierarchyScene {
  size: Size;
  fontSize: number;
  bands: TierBand[];
  connectors: { id: string; x: number; y1: number; y2: number }[];
  units: UnitMark[];
  cadres: CadreMark[];
  caption: { id: string; x: number; y: number; lines: string[] } | null;
}

/** Band widths as a share of the plot, widening down the hierarchy like the reach of each tier. */
const bandWidthShare = [0.6, 0.76, 0.9, 1];

/** Pure layout: bands for the tiers shown, their unit marks and the cadres, for a state at a size. */
export function layoutHierarchy(data: HierarchyData, state: HierarchyState, size: Size): HierarchyScene {
  const { width, height } = size;
  const narrow = width < 480;
  const fontSize = narrow ? 13 : 15;
  const lineHeight = fontSize * 1.35;
  const margin = 6;
  const gap = narrow ? 18 : 26;
  const flat = state.structure === "longgang";
  const showUnits = flat && state.units === true;
  const showCadres = flat && state.cadres === true;

  // The caption area is always reserved, so bands keep their place when a caption comes or goes.
  const captionLines = 2;
  const captionHeight = captionLines * lineHeight + 6;
  const plotWidth = width - 2 * margin;
  const ghostHeight = fontSize * 2;
  const weights = data.tiers.map((tier, index) => {
    if (flat && tier.longgangLabel === null) return 0;
    // With unit marks shown, a tier's band grows with the number of marks it must hold.
    if (!showUnits || index === 0) return 1;
    return tier.units ? 1 + tier.units.count / 250 : 1;
  });
  const ghosts = data.tiers.filter((tier) => flat && tier.longgangLabel === null).length;
  const free = height - 2 * margin - captionHeight - gap * (data.tiers.length - 1) - ghosts * ghostHeight;
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);

  let y = margin;
  const bands: TierBand[] = data.tiers.map((tier, index) => {
    const removed = flat && tier.longgangLabel === null;
    const bandHeight = removed ? ghostHeight : (free * (weights[index] ?? 1)) / totalWeight;
    const bandWidth = plotWidth * (bandWidthShare[index] ?? 1);
    const x = margin + (plotWidth - bandWidth) / 2;
    const topLeft = (showUnits && tier.units !== null) || (showCadres && index === 0);
    const band: TierBand = {
      id: tier.id,
      x,
      y,
      width: bandWidth,
      height: bandHeight,
      labelX: topLeft ? x + 8 : x + bandWidth / 2,
      labelY: topLeft ? y + fontSize * 1.3 : y + bandHeight / 2 + fontSize * 0.35,
      labelAnchor: topLeft ? "start" : "middle",
      label: removed
        ? (tier.removedLabel ?? "")
        : showUnits && tier.units
          ? tier.units.label
          : flat
            ? (tier.longgangLabel ?? tier.countyLabel)
            : tier.countyLabel,
      removed,
    };
    y += bandHeight + gap;
    return band;
  });

  const connectors = bands.slice(1).flatMap((band, index) => {
    const above = bands[index];
    if (!above || band.removed) return [];
    // Past a removed tier the line runs from the last tier that exists, across the gap.
    const from = above.removed ? bands[index - 1] : above;
    if (!from) return [];
    return [{ id: `${from.id}-${band.id}`, x: width / 2, y1: from.y + from.height, y2: band.y }];
  });

  const units: UnitMark[] = [];
  if (showUnits) {
    data.tiers.forEach((tier, index) => {
      const band = bands[index];
      if (!tier.units || !band) return;
      const pad = 8;
      const top = band.y + lineHeight + pad;
      const boxWidth = band.width - 2 * pad;
      const boxHeight = band.y + band.height - pad - top;
      const { cell, columns } = fitGrid(tier.units.count, boxWidth, boxHeight);
      const rows = Math.ceil(tier.units.count / columns);
      const left = band.x + pad + (boxWidth - cell * columns) / 2;
      const upper = top + (boxHeight - cell * rows) / 2;
      for (let i = 0; i < tier.units.count; i++) {
        units.push({
          id: `${tier.id}-${i}`,
          tier: tier.id,
          x: left + (i % columns) * cell + cell / 2,
          y: upper + Math.floor(i / columns) * cell + cell / 2,
          size: Math.max(2, cell * 0.72),
        });
      }
    });
  }

  const cadres: CadreMark[] = [];
  const city = bands[0];
  if (showCadres && city) {
    const movedCount = Math.round((data.cadres.share / 100) * cadreMarks);
    const spacing = Math.min(fontSize * 1.1, (city.width - 16) / cadreMarks);
    // Home row: centred in the city's band, under its label.
    const homeLeft = city.x + (city.width - spacing * (cadreMarks - 1)) / 2;
    const homeY = city.y + lineHeight + (city.height - lineHeight) / 2;
    // The moved cadres sit on the line between the lowest two tiers: in communities and grids.
    const lower = bands.at(-1);
    const landing = lower ? lower.y - gap / 2 : homeY;
    for (let i = 0; i < cadreMarks; i++) {
      const moved = i < movedCount;
      const homeX = homeLeft + i * spacing;
      cadres.push({
        id: `cadre-${i}`,
        homeX,
        homeY,
        x: moved ? width / 2 + (i - (movedCount - 1) / 2) * spacing * 1.4 : homeX,
        y: moved ? landing : homeY,
        moved,
      });
    }
  }

  const captionText = showCadres ? data.cadres.caption : showUnits ? data.unitsCaption : "";
  const caption = captionText
    ? {
        id: showCadres ? "cadres" : "units",
        x: margin,
        y: height - margin - captionHeight + lineHeight,
        lines: wrapText(captionText, fontSize, plotWidth).slice(0, captionLines),
      }
    : null;

  return { size, fontSize, bands, connectors, units, cadres, caption };
}

/** The band's name, shortened with an ellipsis only if the band is too narrow for it. */
function fitLabel(label: string, fontSize: number, room: number): string {
  if (textWidth(label, fontSize) <= room) return label;
  let shortened = label;
  while (shortened.length > 1 && textWidth(`${shortened}…`, fontSize) > room) shortened = shortened.slice(0, -1);
  return `${shortened}…`;
}

function drawScene(svgElement: SVGSVGElement, scene: HierarchyScene, animate: boolean): void {
  const svg = select(svgElement);
  const { width, height } = scene.size;
  svg.attr("viewBox", `0 0 ${width} ${height}`).attr("class", "chart chart-hierarchy");
  const layer = layers(svgElement, ["links", "bands", "units", "labels"]);

  const connectors = layer.links
    .selectAll<SVGLineElement, HierarchyScene["connectors"][number]>("line.connector")
    .data(
      scene.connectors,
      keyOf((d) => d.id),
    )
    .join(
      (enter) => enter.append("line").attr("class", "connector").attr("opacity", 0),
      (update) => update,
      (exit) => fadeOut(exit, animate),
    )
    .attr("data-key", (d) => d.id);
  animateWith(connectors, animate, (t) =>
    t
      .attr("x1", (d) => d.x)
      .attr("x2", (d) => d.x)
      .attr("y1", (d) => d.y1)
      .attr("y2", (d) => d.y2)
      .attr("opacity", 1),
  );

  const bands = layer.bands
    .selectAll<SVGRectElement, TierBand>("rect.tier")
    .data(
      scene.bands,
      keyOf((d) => d.id),
    )
    .join("rect")
    .attr("class", "tier")
    .attr("data-key", (d) => d.id)
    .attr("rx", 6)
    .classed("is-removed", (d) => d.removed);
  animateWith(bands, animate, (t) =>
    t
      .attr("x", (d) => d.x)
      .attr("y", (d) => d.y)
      .attr("width", (d) => d.width)
      .attr("height", (d) => d.height),
  );

  const labels = layer.labels
    .selectAll<SVGTextElement, TierBand>("text.tier-label")
    .data(
      scene.bands,
      keyOf((d) => d.id),
    )
    .join("text")
    .attr("class", "tier-label")
    .attr("data-key", (d) => d.id)
    .attr("font-size", scene.fontSize)
    .attr("text-anchor", (d) => d.labelAnchor)
    .classed("is-removed", (d) => d.removed)
    .text((d) => fitLabel(d.label, scene.fontSize, d.width - 16));
  animateWith(labels, animate, (t) => t.attr("x", (d) => d.labelX).attr("y", (d) => d.labelY));

  const communityUnits = scene.units.filter((unit) => unit.tier !== "grid");
  const gridUnits = scene.units.filter((unit) => unit.tier === "grid");
  const squares = layer.units
    .selectAll<SVGRectElement, UnitMark>("rect.unit")
    .data(
      communityUnits,
      keyOf((d) => d.id),
    )
    .join(
      (enter) =>
        enter
          .append("rect")
          .attr("class", "unit")
          .attr("opacity", 0)
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
      .attr("x", (d) => d.x - d.size / 2)
      .attr("y", (d) => d.y - d.size / 2)
      .attr("width", (d) => d.size)
      .attr("height", (d) => d.size)
      .attr("opacity", 1),
  );
  const dots = layer.units
    .selectAll<SVGCircleElement, UnitMark>("circle.unit")
    .data(
      gridUnits,
      keyOf((d) => d.id),
    )
    .join(
      (enter) =>
        enter
          .append("circle")
          .attr("class", "unit")
          .attr("opacity", 0)
          .attr("cx", (d) => d.x)
          .attr("cy", (d) => d.y)
          .attr("r", 0),
      (update) => update,
      (exit) => fadeOut(exit, animate),
    )
    .attr("data-key", (d) => d.id);
  animateWith(dots, animate, (t) =>
    t
      .attr("cx", (d) => d.x)
      .attr("cy", (d) => d.y)
      .attr("r", (d) => d.size / 2)
      .attr("opacity", 1),
  );

  const radius = scene.fontSize * 0.38;
  const cadres = layer.labels
    .selectAll<SVGCircleElement, CadreMark>("circle.cadre")
    .data(
      scene.cadres,
      keyOf((d) => d.id),
    )
    .join(
      (enter) =>
        enter
          .append("circle")
          .attr("class", "cadre")
          .attr("r", radius)
          .attr("cx", (d) => d.homeX)
          .attr("cy", (d) => d.homeY),
      (update) => update,
      (exit) => fadeOut(exit, animate),
    )
    .attr("data-key", (d) => d.id)
    .classed("is-moved", (d) => d.moved);
  animateWith(cadres, animate, (t) =>
    t
      .attr("cx", (d) => d.x)
      .attr("cy", (d) => d.y)
      .attr("r", radius),
  );

  const captions = layer.labels
    .selectAll<SVGTextElement, NonNullable<HierarchyScene["caption"]>>("text.caption")
    .data(
      scene.caption ? [scene.caption] : [],
      keyOf((d) => d.id),
    )
    .join(
      (enter) => enter.append("text").attr("class", "caption").attr("opacity", 0),
      (update) => update,
      (exit) => fadeOut(exit, animate),
    )
    .attr("data-key", (d) => d.id)
    .attr("font-size", scene.fontSize)
    .attr("x", (d) => d.x)
    .attr("y", (d) => d.y);
  captions
    .selectAll("tspan")
    .data((d) => d.lines.map((line, index) => ({ line, index, x: d.x })))
    .join("tspan")
    .attr("x", (d) => d.x)
    .attr("dy", (d) => (d.index === 0 ? 0 : "1.35em"))
    .text((d) => d.line);
  animateWith(captions, animate, (t) => t.attr("opacity", 1));
}

export const hierarchy: Chart<HierarchyData, HierarchyState> = {
  draw(svg, data, state, size, options) {
    drawScene(svg, layoutHierarchy(data, state, size), options.animate);
  },
};
