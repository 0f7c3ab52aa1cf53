import type { Size } from "../chartTypes.ts";
import { circleMark } from "../kit/circleMark.ts";
import { layer, type Layer } from "../kit/layers.ts";
import { defineChart } from "../kit/defineChart.ts";
import { fitSize } from "../kit/fitSize.ts";
import { pathMark } from "../kit/pathMark.ts";
import { rectMark } from "../kit/rectMark.ts";
import { textMark } from "../kit/textMark.ts";
import { textWidth } from "../kit/textWidth.ts";
import { layoutEstuary, type EstuaryLabel, type EstuaryScene, type EstuaryWords } from "./layoutEstuary.ts";

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
  /** The words of the estuary's close-up sketch (see layoutEstuary). */
  estuary: EstuaryWords;
  /** The ferry crossing's length as the edition writes it, for the text alternative. */
  ferryLength: string;
}

export interface LocatorState {
  /** What fills the frame: "province", or one region by id. */
  view: string;
  /** Regions drawn in the accent colour. */
  highlight?: string[] | undefined;
  /** Whether the place's dot and name are shown. */
  showPlace?: boolean | undefined;
  /** Replace the map with a sketch of the river mouth: the place, the town across it and the ferry between. */
  estuary?: boolean | undefined;
}

export interface MapLabel {
  id: string;
  lines: string[];
  x: number;
  y: number;
  size: number;
  anchor: "start" | "middle" | "end";
  visible: boolean;
  role: "region" | "highlight" | EstuaryLabel["id"];
}

export interface LocatorScene {
  size: Size;
  /** A map zooms to fit any box; only the estuary's sketch may lack room for its labels. */
  shortfall: number;
  transform: { k: number; x: number; y: number };
  regions: { id: string; path: string; highlighted: boolean }[];
  place: { x: number; y: number; r: number; visible: boolean };
  /** The sketch of the river mouth, over the map, when the state asks for the estuary. */
  estuary: EstuaryScene | null;
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
  const width = Math.max(...label.lines.map((line) => textWidth(line, label.size, weight)));
  const left = label.anchor === "start" ? label.x : label.anchor === "end" ? label.x - width : label.x - width / 2;
  return {
    left: left - margin,
    right: left + width + margin,
    top: label.y - label.size * 0.9 - margin,
    bottom: label.y + (label.lines.length - 1) * label.size * 1.25 + label.size * 0.3 + margin,
  };
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (rect: Rect, size: Size) =>
  rect.left >= 0 && rect.right <= size.width && rect.top >= 0 && rect.bottom <= size.height;

/** The place's name beside its dot where it fits, right or left; else centred under it, kept inside the frame. */
function placeLabel(data: LocatorData, at: [number, number], visible: boolean, size: Size): MapLabel {
  const { fontSize, width } = size;
  const text = data.place.label;
  // A name wider than the whole map (large text on a narrow screen) is set smaller, never cut off.
  const big = fitSize([text], fontSize * 1.1, width - 4, "bold", 0.3);
  const labelWidth = textWidth(text, big, "bold");
  const side = at[0] + fontSize + labelWidth <= width ? "start" : at[0] - fontSize - labelWidth >= 0 ? "end" : "middle";
  const under = Math.max(labelWidth / 2 + 2, Math.min(width - labelWidth / 2 - 2, at[0]));
  return {
    id: "place",
    lines: [text],
    x: side === "start" ? at[0] + fontSize * 0.9 : side === "end" ? at[0] - fontSize * 0.9 : under,
    y: side === "middle" ? at[1] + fontSize * 0.6 + big : at[1] + big * 0.35,
    size: big,
    anchor: side,
    visible,
    role: "place",
  };
}

/** The sketch's labels as map labels; its place label takes the place name's key, so the name moves with the dot. */
function estuaryLabels(estuary: EstuaryScene): MapLabel[] {
  return estuary.labels.map((label) => ({ ...label, visible: true, role: label.id }));
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
  const estuary = state.showPlace === true && state.estuary === true ? layoutEstuary(data.estuary, size) : null;
  const at = estuary?.place ?? screen(data.place.at);
  const placed = estuary ? estuaryLabels(estuary) : [placeLabel(data, at, state.showPlace === true, size)];
  const taken = placed.filter((label) => label.visible).map((label) => labelRect(label, "bold", fontSize * 0.3));
  // Highlighted regions are named first; a name that would touch one already placed is left out.
  const byEmphasis = [...data.regions].sort((a, b) => Number(highlight.has(b.id)) - Number(highlight.has(a.id)));
  const regionLabels = byEmphasis.map((region): MapLabel => {
    const [lx, ly] = screen(region.labelAt);
    const emphasis = highlight.has(region.id);
    const label: MapLabel = {
      id: region.id,
      lines: [region.label],
      x: lx,
      y: ly,
      size: emphasis ? fontSize * 1.1 : fontSize,
      anchor: "middle",
      visible: false,
      role: emphasis ? "highlight" : "region",
    };
    // In the province view only the highlighted regions are named, so names never crowd; the sketch names none.
    const wanted = !estuary && (state.view === "province" ? emphasis || highlight.size === 0 : true);
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
  return {
    size,
    shortfall: estuary?.shortfall ?? 0,
    transform: { k, x, y },
    regions: data.regions.map((region) => ({
      id: region.id,
      path: region.path,
      highlighted: highlight.has(region.id),
    })),
    place: { x: at[0], y: at[1], r: fontSize * 0.45, visible: state.showPlace === true },
    estuary,
    labels: [...regionLabels, ...placed],
  };
}

function mapMarks(root: Layer, scene: LocatorScene, animate: boolean): void {
  const { k, x, y } = scene.transform;
  // The outlines come projected once; zooming is a transform of their layer, which CSS tweens.
  // The estuary's sketch takes the map's place: the map fades out rather than show round the sketch's edges.
  const map = layer(root, "map")
    .attr("transform", `translate(${x.toFixed(1)},${y.toFixed(1)}) scale(${k.toFixed(4)})`)
    .attr("opacity", scene.estuary ? 0 : null);
  pathMark(
    map,
    scene.regions.map((region) => ({ id: region.id, d: region.path, classes: [region.highlighted && "is-highlight"] })),
    "region",
    animate,
  ).attr("vector-effect", "non-scaling-stroke");
}

/** The estuary's sketch over the map: land, the river and the sea, the ferry line and a north arrow. */
function estuaryMarks(root: Layer, scene: LocatorScene, animate: boolean): void {
  const { estuary, size } = scene;
  const shown = estuary ? [estuary] : [];
  rectMark(
    root,
    shown.map(() => ({ id: "land", x: 0, y: 0, ...size })),
    "land",
    animate,
  );
  pathMark(
    root,
    shown.map((sketch) => ({ id: "water", d: sketch.water })),
    "water",
    animate,
  );
  const f = (value: number) => value.toFixed(1);
  pathMark(
    root,
    shown.map(({ place, across }) => ({ id: "ferry", d: `M${f(across[0])},${f(across[1])}V${f(place[1])}` })),
    "ferry",
    animate,
  );
  pathMark(
    root,
    shown.map((sketch) => ({ id: "arrow", d: sketch.arrow })),
    "north-arrow",
    animate,
  );
}

function placeMarks(root: Layer, scene: LocatorScene, animate: boolean): void {
  const { place, estuary } = scene;
  const r = place.r;
  circleMark(
    root,
    [
      { id: "place", cx: place.x, cy: place.y, r, opacity: place.visible ? 1 : 0 },
      ...(estuary ? [{ id: "across", cx: estuary.across[0], cy: estuary.across[1], r, classes: ["is-across"] }] : []),
    ],
    "place",
    animate,
  );
  textMark(
    root,
    scene.labels.map((label) => ({ ...label, opacity: label.visible ? 1 : 0, classes: [`is-${label.role}`] })),
    "map-label",
    animate,
  );
}

/**
 * The locator map: Zhejiang's prefectures, zooming to one, with the place marked; for the estuary, a sketch of
 * the river mouth takes the map's place.
 */
export const chart = defineChart("locator", layoutLocator, [mapMarks, estuaryMarks, placeMarks]);
