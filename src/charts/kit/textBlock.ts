import type { BaseType, Selection } from "d3";
import { joinMarks } from "./join.ts";
import type { FontWeight } from "./textWidth.ts";
import { wrapText } from "./wrapText.ts";

export interface BlockPart {
  text: string;
  size: number;
  /** Names the line's style in charts.css (`block-value`, `block-note` …). */
  role: string;
  weight?: FontWeight;
}

export interface BlockLine {
  index: number;
  text: string;
  /** Baseline, from the block's top. */
  y: number;
  size: number;
  role: string;
}

/** A stack of wrapped text parts (a big figure, a title, a note) in a column: each line's baseline, and the block's height. */
export function layoutTextBlock(parts: readonly BlockPart[], width: number): { lines: BlockLine[]; height: number } {
  const lines: BlockLine[] = [];
  let y = 0;
  let bottom = 0;
  for (const part of parts) {
    if (!part.text) continue;
    for (const text of wrapText(part.text, part.size, width, part.weight)) {
      y += part.size * (lines.length === 0 ? 1 : 1.3);
      lines.push({ index: lines.length, text, y, size: part.size, role: part.role });
      bottom = y + part.size * 0.3;
    }
  }
  return { lines, height: bottom };
}

/** Draws text blocks' lines, one `<text>` each, into the groups (placed by their caller) that hold them. */
export function drawTextBlock<P extends BaseType, PD>(
  parent: Selection<P, PD, BaseType, unknown>,
  lines: readonly BlockLine[] | ((parentDatum: PD) => readonly BlockLine[]),
  animate: boolean,
): void {
  joinMarks<SVGTextElement, BlockLine, P, PD>(parent, lines, {
    tag: "text",
    className: "block-line",
    key: (d) => String(d.index),
    modifiers: (d) => [`block-${d.role}`],
    animate,
  })
    .attr("y", (d) => d.y.toFixed(1))
    .attr("font-size", (d) => d.size.toFixed(1))
    .text((d) => d.text);
}
