import { select } from "d3";
import type { Chart, Size } from "../chartTypes.ts";
import type { Layer } from "./layers.ts";
import { px } from "./px.ts";
import { setAnimated } from "./transition.ts";

/** What every chart's layout reports besides its marks: the height, in px, it lacks to draw them all readably. */
export interface Fitted {
  shortfall: number;
}

/** The least width, in ems of the label size, a chart is laid out at. */
const minimumEms = 12;

/** The same box, `scale` times larger in both directions, labels the same size. */
function grown(size: Size, scale: number): Size {
  return { width: px(size.width * scale), height: px(size.height * scale), fontSize: size.fontSize };
}

/**
 * Lays a chart out for the box it really has. When its labels leave the marks too little room (large text
 * in a short figure), it is laid out again in a box as much taller as it lacks, in the same proportions,
 * and the `<svg>` (viewBox) fits that into the real box: every mark keeps its shape and nothing is empty.
 */
export function fitLayout<Data, State, Scene extends Fitted>(
  layout: (data: Data, state: State, size: Size) => Scene,
  data: Data,
  state: State,
  box: Size,
): { scene: Scene; size: Size } {
  const narrow = (minimumEms * box.fontSize) / box.width;
  const size = narrow > 1 ? grown(box, narrow) : box;
  const scene = layout(data, state, size);
  if (scene.shortfall <= 0.5) return { scene, size };
  const taller = grown(size, (size.height + scene.shortfall) / size.height);
  return { scene: layout(data, state, taller), size: taller };
}

/**
 * A chart from its pure layout and its marks, as Observable Plot builds a chart from marks: `draw` fits the
 * layout to the box (`fitLayout`), sizes the `<svg>` (viewBox), names it (`chart chart-<name>`, the hook for
 * charts.css), says whether changes animate, and draws the scene's marks in order, back to front.
 */
export function defineChart<Data, State, Scene extends Fitted>(
  name: string,
  layout: (data: Data, state: State, size: Size) => Scene,
  marks: readonly ((root: Layer, scene: Scene, animate: boolean, size: Size) => void)[],
): Chart<Data, State> {
  return {
    name,
    draw(svg, data, state, box, { animate }) {
      const { scene, size } = fitLayout(layout, data, state, box);
      const root = select<SVGSVGElement, unknown>(svg)
        .attr("viewBox", `0 0 ${size.width} ${size.height}`)
        .attr("class", `chart chart-${name}`);
      setAnimated(svg, animate);
      for (const mark of marks) mark(root as Layer, scene, animate, size);
    },
  };
}
