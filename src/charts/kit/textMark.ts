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

/** What each text mark last had written into it. */
const written = new WeakMap<Element, string>();

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
    // Text is rewritten only when its lines change: a step that moves a label leaves its text alone.
    const lineHeight = px(d.lineHeight ?? d.size * 1.25);
    const content = `${lineHeight}\n${d.lines.join("\n")}`;
    if (written.get(this) === content) return;
    written.set(this, content);
    if (d.lines.length === 1) {
      this.textContent = d.lines[0] ?? "";
      return;
    }
    this.textContent = "";
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
