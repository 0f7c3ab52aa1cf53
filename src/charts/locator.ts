import { select } from "d3-selection";
import { animateWith } from "./animateWith.ts";
import type { Chart, Size } from "./chartTypes.ts";
import { keyOf } from "./keyOf.ts";
import { layers } from "./layer.ts";
import { textWidth } from "./textWidth.ts";

type Box = [[number, number], [number, number]];

export interface LocatorRegion {
  id: string;
  label: string;
  /** The outline, already projected into the map's own coordinates (a 1000-unit box). */
  path: string;
  /** Where the region's name goes, in map coordinates. */
  labelAt: [number, number];
  bounds: Box;
}

export interface LocatorData {
  regions: LocatorRegion[];
  place: { id: string; label: string; at: [number, number] };
}

export interface LocatorState {
  /** What fills the frame: "province", or one region by id. */
  view: string;
  /** Regions drawn in the accent colour. */
  highlight?: string[] | undefined;
  /** Whether the place's dot and name are shown. */
  showPlace?: boolean | undefined;
}

export interface LocatorScene {
  size: Size;
  transform: { k: number; x: number; y: number };
  fontSize: number;
  regions: { id: string; path: string; highlighted: boolean }[];
  labels: { id: string; text: string; x: number; y: number; visible: boolean; emphasis: boolean }[];
  place: { x: number; y: number; visible: boolean; label: string; anchor: "start" | "end" };
}

function union(boxes: Box[]): Box {
  return [
    [Math.min(...boxes.map((box) => box[0][0])), Math.min(...boxes.map((box) => box[0][1]))],
    [Math.max(...boxes.map((box) => box[1][0])), Math.max(...boxes.map((box) => box[1][1]))],
  ];
}

/** Pure layout: the zoom that frames the state's view at a size, and where labels land on screen. */
export function layoutLocator(data: LocatorData, state: LocatorState, size: Size): LocatorScene {
  const { width, height } = size;
  const fontSize = width < 480 ? 13 : 15;
  const province = union(data.regions.map((region) => region.bounds));
  const target = data.regions.find((region) => region.id === state.view)?.bounds ?? province;
  const padding = 24;
  const k = Math.min(
    (width - 2 * padding) / (target[1][0] - target[0][0]),
    (height - 2 * padding) / (target[1][1] - target[0][1]),
  );
  const x = width / 2 - (k * (target[0][0] + target[1][0])) / 2;
  const y = height / 2 - (k * (target[0][1] + target[1][1])) / 2;
  const screen = ([mx, my]: [number, number]): [number, number] => [x + k * mx, y + k * my];
  const highlight = new Set(state.highlight ?? []);
  const inside = ([sx, sy]: [number, number], text: string) =>
    sx - textWidth(text, fontSize) / 2 > 0 &&
    sx + textWidth(text, fontSize) / 2 < width &&
    sy > fontSize &&
    sy < height;
  const [placeX, placeY] = screen(data.place.at);
  return {
    size,
    transform: { k, x, y },
    fontSize,
    regions: data.regions.map((region) => ({
      id: region.id,
      path: region.path,
      highlighted: highlight.has(region.id),
    })),
    labels: data.regions.map((region) => {
      const [lx, ly] = screen(region.labelAt);
      const emphasis = highlight.has(region.id);
      // In the province view only the highlighted regions are named, so names never crowd.
      const wanted = state.view === "province" ? emphasis || highlight.size === 0 : true;
      return {
        id: region.id,
        text: region.label,
        x: lx,
        y: ly,
        visible: wanted && inside([lx, ly], region.label),
        emphasis,
      };
    }),
    place: {
      x: placeX,
      y: placeY,
      visible: state.showPlace ?? false,
      label: data.place.label,
      anchor: placeX + 12 + textWidth(data.place.label, fontSize + 2) > width ? "end" : "start",
    },
  };
}

function drawScene(svgElement: SVGSVGElement, scene: LocatorScene, animate: boolean): void {
  const svg = select(svgElement);
  svg.attr("viewBox", `0 0 ${scene.size.width} ${scene.size.height}`).attr("class", "chart chart-locator");
  const layer = layers(svgElement, ["map", "labels", "place"]);
  const { k, x, y } = scene.transform;
  animateWith(layer.map, animate, (t) =>
    t.attr("transform", `translate(${x.toFixed(1)},${y.toFixed(1)}) scale(${k.toFixed(4)})`),
  );

  layer.map
    .selectAll<SVGPathElement, LocatorScene["regions"][number]>("path.region")
    .data(
      scene.regions,
      keyOf((d) => d.id),
    )
    .join("path")
    .attr("class", "region")
    .attr("data-key", (d) => d.id)
    .attr("d", (d) => d.path)
    .attr("vector-effect", "non-scaling-stroke")
    .classed("is-highlight", (d) => d.highlighted);

  const labels = layer.labels
    .selectAll<SVGTextElement, LocatorScene["labels"][number]>("text.region-label")
    .data(
      scene.labels,
      keyOf((d) => d.id),
    )
    .join((enter) =>
      enter.append("text").attr("class", "region-label").attr("text-anchor", "middle").attr("opacity", 0),
    )
    .attr("data-key", (d) => d.id)
    .attr("font-size", (d) => (d.emphasis ? scene.fontSize + 2 : scene.fontSize))
    .classed("is-highlight", (d) => d.emphasis)
    .text((d) => d.text);
  animateWith(labels, animate, (t) =>
    t
      .attr("x", (d) => d.x.toFixed(1))
      .attr("y", (d) => d.y.toFixed(1))
      .attr("opacity", (d) => (d.visible ? 1 : 0)),
  );

  const place = layer.place
    .selectAll<SVGGElement, LocatorScene["place"]>("g.place")
    .data([scene.place])
    .join((enter) => {
      const g = enter.append("g").attr("class", "place").attr("opacity", 0);
      g.append("circle").attr("r", 7);
      g.append("text").attr("dy", "0.35em");
      return g;
    });
  place
    .select("text")
    .attr("x", (d) => (d.anchor === "start" ? 12 : -12))
    .attr("text-anchor", (d) => d.anchor)
    .attr("font-size", scene.fontSize + 2)
    .text((d) => d.label);
  animateWith(place, animate, (t) =>
    t
      .attr("transform", (d) => `translate(${d.x.toFixed(1)},${d.y.toFixed(1)})`)
      .attr("opacity", (d) => (d.visible ? 1 : 0)),
  );
}

export const locator: Chart<LocatorData, LocatorState> = {
  draw(svg, data, state, size, options) {
    drawScene(svg, layoutLocator(data, state, size), options.animate);
  },
};
