import { select } from "d3";
import type { Chart, Size } from "../chartTypes.ts";
import type { Layer } from "./layers.ts";
import { px } from "./px.ts";
import { setAnimated } from "./transition.ts";

/** The least room a chart needs to be read, in lines and ems of its label size. */
export interface Room {
  lines: number;
  ems: number;
}

/**
 * The size a chart lays itself out at: the real one when it has the room it needs; in a box too small
 * for its labels (large text in a short figure), a larger one of the same proportions, which the
 * `<svg>` then fits into the box (viewBox), so every mark keeps its shape and nothing is empty.
 */
export function layoutSize(size: Size, room: Room): Size {
  const scale = Math.min(1, size.height / (room.lines * size.fontSize), size.width / (room.ems * size.fontSize));
  if (scale >= 1 || scale <= 0) return size;
  return { width: px(size.width / scale), height: px(size.height / scale), fontSize: size.fontSize };
}

/**
 * A chart from its pure layout and its marks, as Observable Plot builds a chart from marks: `draw` sizes
 * the `<svg>` (viewBox), names it (`chart chart-<name>`, the hook for charts.css), says whether changes
 * animate, lays the state out at the size and draws the scene's marks in order, back to front.
 */
export function defineChart<Data, State, Scene>(
  name: string,
  room: Room,
  layout: (data: Data, state: State, size: Size) => Scene,
  marks: readonly ((root: Layer, scene: Scene, animate: boolean, size: Size) => void)[],
): Chart<Data, State> {
  return {
    name,
    draw(svg, data, state, box, { animate }) {
      const size = layoutSize(box, room);
      const root = select<SVGSVGElement, unknown>(svg)
        .attr("viewBox", `0 0 ${size.width} ${size.height}`)
        .attr("class", `chart chart-${name}`);
      setAnimated(svg, animate);
      const scene = layout(data, state, size);
      for (const mark of marks) mark(root as Layer, scene, animate, size);
    },
  };
}
