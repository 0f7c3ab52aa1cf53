import { textWidth, type FontWeight } from "./textWidth.ts";

/** A label as it fits in `room` px: whole if it can, else shortened with an ellipsis. */
export function fitText(text: string, fontSize: number, room: number, weight: FontWeight = "regular"): string {
  if (textWidth(text, fontSize, weight) <= room) return text;
  let shortened = text;
  while (shortened.length > 1 && textWidth(`${shortened}…`, fontSize, weight) > room)
    shortened = shortened.slice(0, -1);
  return `${shortened.trimEnd()}…`;
}
