import { joinMarks, type MarkDatum, type Marks } from "./join.ts";
import type { Layer } from "./layers.ts";
import { px } from "./px.ts";

export interface TextDatum extends MarkDatum {
  /** The first line's baseline at its anchor. */
  x: number;
  y: number;
  lines: readonly string[];
  size: number;
  anchor?: "start" | "middle" | "end" | undefined;
  /** Baseline to baseline; 1.25 × size if left out. */
  lineHeight?: number | undefined;
}

/**
 * Labels: placed by `transform` (which CSS tweens), one line as the text itself, several as `<tspan>`s a
 * line height apart.
 */
export function textMark<D extends TextDatum>(
  layer: Layer,
  data: readonly D[],
  className: string,
  animate: boolean,
): Marks<SVGTextElement, D> {
  const texts = joinMarks<SVGTextElement, D>(layer, data, "text", className, animate)
    .attr("transform", (d) => `translate(${px(d.x)},${px(d.y)})`)
    .attr("font-size", (d) => px(d.size))
    .attr("text-anchor", (d) => (d.anchor && d.anchor !== "start" ? d.anchor : null));
  texts.each(function (d) {
    if (d.lines.length === 1) {
      if (this.textContent !== d.lines[0] || this.childElementCount > 0) this.textContent = d.lines[0] ?? "";
      return;
    }
    this.textContent = "";
    const lineHeight = px(d.lineHeight ?? d.size * 1.25);
    d.lines.forEach((line, index) => {
      const tspan = this.ownerDocument.createElementNS("http://www.w3.org/2000/svg", "tspan");
      tspan.setAttribute("x", "0");
      if (index > 0) tspan.setAttribute("dy", String(lineHeight));
      tspan.textContent = line;
      this.appendChild(tspan);
    });
  });
  return texts;
}
