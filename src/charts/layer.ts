import { select, type BaseType, type Selection } from "d3-selection";

/**
 * The chart's drawing layers, created once in the order given (first is at the back),
 * so marks that enter later never cover marks of a lower layer.
 */
export function layers<Name extends string>(
  svg: SVGSVGElement,
  names: readonly Name[],
): Record<Name, Selection<SVGGElement, unknown, BaseType, unknown>> {
  const root = select(svg);
  const result = {} as Record<Name, Selection<SVGGElement, unknown, BaseType, unknown>>;
  for (const name of names) {
    const existing = root.selectChild<SVGGElement>(`g.layer-${name}`);
    result[name] = existing.empty() ? root.append("g").attr("class", `layer-${name}`) : existing;
  }
  return result;
}
