import { textWidth, type FontWeight } from "./textWidth.ts";

/**
 * The largest font size, up to `size`, at which every text fits `room` px on one line; never below
 * `size × minScale` (past that the caller wraps or lets the text take two lines).
 */
export function fitSize(
  texts: readonly string[],
  size: number,
  room: number,
  weight: FontWeight,
  minScale = 0.7,
): number {
  const widest = Math.max(0, ...texts.map((text) => textWidth(text, size, weight)));
  if (widest <= room) return size;
  return size * Math.max(minScale, room / widest);
}
