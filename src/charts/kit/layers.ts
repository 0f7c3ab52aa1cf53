import type { BaseType, Selection } from "d3";

export type Layer = Selection<SVGGElement | SVGSVGElement, unknown, BaseType, unknown>;

/**
 * A layer of a chart: the `g.layer-<name>` group in `parent`, made the first time a chart draws into it.
 * Layers stack in the order a chart first draws them (first at the back), so marks that come in later
 * never cover marks drawn below them, and redrawing a state gives the same SVG.
 */
export function layer(parent: Layer, name: string): Layer {
  const existing = parent.selectChild<SVGGElement>(`g.layer-${name}`);
  return (existing.empty() ? parent.append("g").attr("class", `layer-${name}`) : existing) as Layer;
}
