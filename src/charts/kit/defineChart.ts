import { select } from "d3";
import type { Chart, Size } from "../chartTypes.ts";
import type { Layer } from "./layers.ts";
import { setAnimated } from "./transition.ts";

/**
 * A chart from its pure layout and its marks, as Observable Plot builds a chart from marks: `draw` sizes
 * the `<svg>` (viewBox), names it (`chart chart-<name>`, the hook for charts.css), says whether changes
 * animate, lays the state out at the size and draws the scene's marks in order, back to front.
 */
export function defineChart<Data, State, Scene>(
  name: string,
  layout: (data: Data, state: State, size: Size) => Scene,
  marks: readonly ((root: Layer, scene: Scene, animate: boolean, size: Size) => void)[],
): Chart<Data, State> {
  return {
    name,
    draw(svg, data, state, size, { animate }) {
      const root = select<SVGSVGElement, unknown>(svg)
        .attr("viewBox", `0 0 ${size.width} ${size.height}`)
        .attr("class", `chart chart-${name}`);
      setAnimated(svg, animate);
      const scene = layout(data, state, size);
      for (const mark of marks) mark(root as Layer, scene, animate, size);
    },
  };
}
