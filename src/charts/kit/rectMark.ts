import type { MarkDatum } from "./join.ts";
import { markOf } from "./markOf.ts";
import { px } from "./px.ts";

export interface RectDatum extends MarkDatum {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Corner radius. */
  rx?: number | undefined;
}

/** Rectangles (bars, bands, boxes): geometry as attributes, which CSS tweens; never a negative size. */
export const rectMark = markOf<SVGRectElement, RectDatum>("rect", {
  x: (d) => px(d.x),
  y: (d) => px(d.y),
  width: (d) => px(Math.max(0, d.width)),
  height: (d) => px(Math.max(0, d.height)),
  rx: (d) => (d.rx === undefined ? null : px(d.rx)),
});
