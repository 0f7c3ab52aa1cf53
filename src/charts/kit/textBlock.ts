import type { TextDatum } from "./textMark.ts";
import type { FontWeight } from "./textWidth.ts";
import { wrapText } from "./wrapText.ts";

export interface BlockPart {
  text: string;
  size: number;
  /** Names the part's style in charts.css (`block-value`, `block-note` …) and its key. */
  role: string;
  weight?: FontWeight;
}

/**
 * A stack of wrapped text parts (a big figure, a title, a note) in a column from `(x, top)`: one text
 * mark per part, keyed `<id>-<role>`, and the block's height. Empty parts take no room.
 */
export function textBlock(
  id: string,
  parts: readonly BlockPart[],
  box: { x: number; top: number; width: number },
  classes: readonly string[] = [],
): { texts: TextDatum[]; height: number } {
  const texts: TextDatum[] = [];
  let y = box.top;
  for (const part of parts) {
    if (!part.text) continue;
    const lines = wrapText(part.text, part.size, box.width, part.weight);
    const lineHeight = part.size * 1.3;
    // Below a larger part (a big figure over its title), the gap also makes room for that part's descent.
    const above = texts.at(-1)?.size;
    y += above === undefined ? part.size : part.size * 1.35 + Math.max(0, above - part.size) * 0.3;
    texts.push({
      id: `${id}-${part.role}`,
      x: box.x,
      y,
      lines,
      size: part.size,
      lineHeight,
      classes: [`block-${part.role}`, ...classes],
    });
    y += (lines.length - 1) * lineHeight;
  }
  const last = texts.at(-1);
  return { texts, height: last ? y + last.size * 0.3 - box.top : 0 };
}
