import { select, type BaseType, type Selection } from "d3";
import type { Size } from "../chartTypes.ts";
import { setAnimated } from "./transition.ts";

export type Layer = Selection<SVGGElement, unknown, BaseType, unknown>;

/**
 * Starts a chart's draw: sizes the `<svg>` (viewBox), names it (`chart chart-<name>`, the hook for
 * charts.css), sets whether changes animate, and returns its drawing layers, created once in the
 * order given (first is at the back), so marks that enter later never cover marks of a lower layer.
 */
export function layers<Name extends string>(
  svg: SVGSVGElement,
  chart: { name: string; size: Size; animate: boolean },
  names: readonly Name[],
): Record<Name, Layer> {
  const root = select(svg)
    .attr("viewBox", `0 0 ${chart.size.width} ${chart.size.height}`)
    .attr("class", `chart chart-${chart.name}`);
  setAnimated(svg, chart.animate);
  const result = {} as Record<Name, Layer>;
  for (const name of names) {
    const existing = root.selectChild<SVGGElement>(`g.layer-${name}`);
    result[name] = existing.empty() ? root.append("g").attr("class", `layer-${name}`) : existing;
  }
  return result;
}
