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

/** How many times the growth is halved towards the least that fits: 1/64 of the first guess's excess is left. */
const searchSteps = 6;

/**
 * Lays a chart out for the box it really has. When its labels leave the marks too little room (large text
 * in a short figure), it is laid out again in a taller box in the same proportions, and the `<svg>` (viewBox)
 * fits that into the real box: every mark keeps its shape and nothing is empty. A wider box wraps labels
 * less, so the first shortfall overstates what is lacking: the growth is narrowed down to the least that
 * fits, so labels are shrunk no more than they must be.
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
  const at = (scale: number) => layout(data, state, grown(size, scale));
  let low = 1;
  let high = (size.height + scene.shortfall) / size.height;
  let fitted = at(high);
  // A layout that still lacks room (its labels wrap into more lines than the first guess saw) grows again.
  for (let tries = 0; fitted.shortfall > 0.5 && tries < searchSteps; tries += 1) {
    low = high;
    high = (size.height * high + fitted.shortfall) / size.height;
    fitted = at(high);
  }
  for (let step = 0; step < searchSteps; step += 1) {
    const middle = (low + high) / 2;
    const candidate = at(middle);
    if (candidate.shortfall <= 0.5) [high, fitted] = [middle, candidate];
    else low = middle;
  }
  return { scene: fitted, size: grown(size, high) };
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
