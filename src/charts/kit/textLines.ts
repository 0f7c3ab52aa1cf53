import type { BaseType, Selection } from "d3";

/**
 * Writes a text mark's lines as `<tspan>`s, each starting at the text's own origin (`x` = 0; marks are
 * placed by `transform`, which animates) and one line height below the one before: the one way every
 * chart sets multi-line labels.
 */
export function textLines<D>(
  text: Selection<SVGTextElement, D, BaseType, unknown>,
  lines: (datum: D) => readonly string[],
  lineHeight: number,
): void {
  text
    .selectAll<SVGTSpanElement, { line: string; index: number }>("tspan")
    .data((datum) => lines(datum).map((line, index) => ({ line, index })))
    .join("tspan")
    .attr("x", 0)
    .attr("dy", (d) => (d.index === 0 ? 0 : lineHeight.toFixed(1)))
    .text((d) => d.line);
}
