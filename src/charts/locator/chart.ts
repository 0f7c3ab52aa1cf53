import type { Size } from "../chartTypes.ts";
import { circleMark } from "../kit/circleMark.ts";
import { layer, type Layer } from "../kit/layers.ts";
import { defineChart } from "../kit/defineChart.ts";
import { fitSize } from "../kit/fitSize.ts";
import { pathMark } from "../kit/pathMark.ts";
import { textMark } from "../kit/textMark.ts";
import { textWidth } from "../kit/textWidth.ts";

type Box = [[number, number], [number, number]];

export interface LocatorRegion {
  id: string;
  label: string;
  /** The outline, already projected into the map's own coordinates (a 2000-unit box). */
  path: string;
  /** Where the region's name goes, in map coordinates. */
  labelAt: [number, number];
  bounds: Box;
}

export interface LocatorData {
  regions: LocatorRegion[];
  place: { id: string; label: string; at: [number, number] };
  /**
   * The names the estuary view adds around the place, north to south: the town across the river, the
   * river mouth, and the place's own name on its bank. The sources give only the place's coordinates,
   * so these stand where the sources put them relative to it, not at coordinates of their own.
   */
  estuary: { across: string; mouth: string; place: string };
}

export interface LocatorState {
  /** What fills the frame: "province", or one region by id. */
  view: string;
  /** Regions drawn in the accent colour. */
  highlight?: string[] | undefined;
  /** Whether the place's dot and name are shown. */
  showPlace?: boolean | undefined;
  /** Name the river mouth and the town across it, north of the place. */
  estuary?: boolean | undefined;
}

export interface MapLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  size: number;
  anchor: "start" | "middle" | "end";
  visible: boolean;
  role: "region" | "highlight" | "place" | "mouth" | "across";
}

export interface LocatorScene {
  size: Size;
  /** A map zooms to fit any box: it never lacks room. */
  shortfall: 0;
  transform: { k: number; x: number; y: number };
  regions: { id: string; path: string; highlighted: boolean }[];
  place: { x: number; y: number; r: number; visible: boolean };
  /** The schematic line from the place north across the river, when the estuary is named. */
  crossing: { x: number; y1: number; y2: number } | null;
  labels: MapLabel[];
}

function union(boxes: Box[]): Box {
  return [
    [Math.min(...boxes.map((box) => box[0][0])), Math.min(...boxes.map((box) => box[0][1]))],
    [Math.max(...boxes.map((box) => box[1][0])), Math.max(...boxes.map((box) => box[1][1]))],
  ];
}

type Rect = { left: number; right: number; top: number; bottom: number };

/** A label's box on screen, grown by `margin` on every side so that names keep apart. */
function labelRect(label: MapLabel, weight: "regular" | "bold", margin = 0): Rect {
  const width = textWidth(label.text, label.size, weight);
  const left = label.anchor === "start" ? label.x : label.anchor === "end" ? label.x - width : label.x - width / 2;
  return {
    left: left - margin,
    right: left + width + margin,
    top: label.y - label.size * 0.9 - margin,
    bottom: label.y + label.size * 0.3 + margin,
  };
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (rect: Rect, size: Size) =>
  rect.left >= 0 && rect.right <= size.width && rect.top >= 0 && rect.bottom <= size.height;

/**
 * The place's name and, for the estuary, the river mouth and the town across it, stacked north of
 * the dot; each beside or above the dot on the side where it stays inside the frame.
 */
function placeLabels(data: LocatorData, state: LocatorState, at: [number, number], size: Size): MapLabel[] {
  const { fontSize, width } = size;
  const shown = state.showPlace === true;
  const estuary = shown && state.estuary === true;
  const placeText = estuary ? data.estuary.place : data.place.label;
  // A name wider than the whole map (large text on a narrow screen) is set smaller, never cut off.
  const room = width - 4;
  const big = fitSize([placeText], fontSize * 1.1, room, "bold", 0.3);
  // Beside the dot where the name fits, right or left; else centred under it, kept inside the frame.
  const labelWidth = textWidth(placeText, big, "bold");
  const side = at[0] + fontSize + labelWidth <= width ? "start" : at[0] - fontSize - labelWidth >= 0 ? "end" : "middle";
  const under = Math.max(labelWidth / 2 + 2, Math.min(width - labelWidth / 2 - 2, at[0]));
  const place: MapLabel = {
    id: "place",
    text: placeText,
    x: side === "start" ? at[0] + fontSize * 0.9 : side === "end" ? at[0] - fontSize * 0.9 : under,
    y: side === "middle" ? at[1] + fontSize * 0.6 + big : at[1] + big * 0.35,
    size: big,
    anchor: side,
    visible: shown,
    role: "place",
  };
  const namesSize = fitSize([data.estuary.mouth, data.estuary.across], fontSize, room, "bold", 0.3);
  const above = (id: "mouth" | "across", text: string, lines: number): MapLabel => {
    const half = textWidth(text, namesSize, "bold") / 2;
    return {
      id,
      text,
      x: Math.max(half + 2, Math.min(width - half - 2, at[0])),
      y: at[1] - fontSize * (0.9 + 1.5 * lines),
      size: namesSize,
      anchor: "middle",
      visible: estuary,
      role: id,
    };
  };
  return [place, above("mouth", data.estuary.mouth, 1), above("across", data.estuary.across, 2)];
}

/** Pure layout: the zoom that frames the state's view at a size, and where labels land on screen. */
export function layoutLocator(data: LocatorData, state: LocatorState, size: Size): LocatorScene {
  const { width, height, fontSize } = size;
  const province = union(data.regions.map((region) => region.bounds));
  const target = data.regions.find((region) => region.id === state.view)?.bounds ?? province;
  const padding = fontSize * 1.5;
  const k = Math.max(
    0.01,
    Math.min(
      (width - 2 * padding) / (target[1][0] - target[0][0]),
      (height - 2 * padding) / (target[1][1] - target[0][1]),
    ),
  );
  const x = width / 2 - (k * (target[0][0] + target[1][0])) / 2;
  const y = height / 2 - (k * (target[0][1] + target[1][1])) / 2;
  const screen = ([mx, my]: [number, number]): [number, number] => [x + k * mx, y + k * my];
  const highlight = new Set(state.highlight ?? []);
  const at = screen(data.place.at);
  const placed = placeLabels(data, state, at, size).filter((label) => label.visible);
  const taken = placed.map((label) => labelRect(label, "bold", fontSize * 0.3));
  // Highlighted regions are named first; a name that would touch one already placed is left out.
  const byEmphasis = [...data.regions].sort((a, b) => Number(highlight.has(b.id)) - Number(highlight.has(a.id)));
  const regionLabels = byEmphasis.map((region): MapLabel => {
    const [lx, ly] = screen(region.labelAt);
    const emphasis = highlight.has(region.id);
    const label: MapLabel = {
      id: region.id,
      text: region.label,
      x: lx,
      y: ly,
      size: emphasis ? fontSize * 1.1 : fontSize,
      anchor: "middle",
      visible: false,
      role: emphasis ? "highlight" : "region",
    };
    // In the province view only the highlighted regions are named, so names never crowd.
    const wanted = state.view === "province" ? emphasis || highlight.size === 0 : true;
    // At the region's label point if the name is free there, else just above or below it.
    const spots = [0, -1.4, 1.4].map((lines) => ({ ...label, y: ly + lines * fontSize }));
    const weight = emphasis ? "bold" : "regular";
    const free = spots.find((spot) => {
      const rect = labelRect(spot, weight, fontSize * 0.3);
      return inside(rect, size) && !taken.some((other) => overlaps(rect, other));
    });
    if (!wanted || !free) return label;
    taken.push(labelRect(free, weight, fontSize * 0.3));
    return { ...free, visible: true };
  });
  const estuary = placed.some((label) => label.role === "across");
  return {
    size,
    shortfall: 0,
    transform: { k, x, y },
    regions: data.regions.map((region) => ({
      id: region.id,
      path: region.path,
      highlighted: highlight.has(region.id),
    })),
    place: { x: at[0], y: at[1], r: fontSize * 0.45, visible: state.showPlace === true },
    crossing: estuary ? { x: at[0], y1: at[1] - fontSize * 0.7, y2: at[1] - fontSize * 3.3 } : null,
    labels: [...regionLabels, ...placeLabels(data, state, at, size)],
  };
}

function mapMarks(root: Layer, scene: LocatorScene, animate: boolean): void {
  const { k, x, y } = scene.transform;
  // The outlines come projected once; zooming is a transform of their layer, which CSS tweens.
  const map = layer(root, "map").attr("transform", `translate(${x.toFixed(1)},${y.toFixed(1)}) scale(${k.toFixed(4)})`);
  pathMark(
    map,
    scene.regions.map((region) => ({ id: region.id, d: region.path, classes: [region.highlighted && "is-highlight"] })),
    "region",
    animate,
  ).attr("vector-effect", "non-scaling-stroke");
}

function placeMarks(root: Layer, scene: LocatorScene, animate: boolean): void {
  const crossings = scene.crossing ? [scene.crossing] : [];
  const f = (value: number) => value.toFixed(1);
  pathMark(
    root,
    crossings.map((line) => ({ id: "crossing", d: `M${f(line.x)},${f(line.y1)}V${f(line.y2)}` })),
    "crossing",
    animate,
  );
  const { place } = scene;
  circleMark(
    root,
    [{ id: "place", cx: place.x, cy: place.y, r: place.r, opacity: place.visible ? 1 : 0 }],
    "place",
    animate,
  );
  textMark(
    root,
    scene.labels.map((label) => ({
      ...label,
      lines: [label.text],
      opacity: label.visible ? 1 : 0,
      classes: [`is-${label.role}`],
    })),
    "map-label",
    animate,
  );
}

/** The locator map: Zhejiang's prefectures, zooming to one, with the place marked and its estuary named. */
export const chart = defineChart("locator", layoutLocator, [mapMarks, placeMarks]);
