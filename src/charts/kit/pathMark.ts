import type { MarkDatum } from "./join.ts";
import { markOf } from "./markOf.ts";
import { px } from "./px.ts";

export interface PathDatum extends MarkDatum {
  d: string;
  /** A unit path's dot diameter (see unitPath). */
  strokeWidth?: number | undefined;
}

/** Paths: lines, outlines, ribbons, and whole groups of unit marks as one element each. */
export const pathMark = markOf<SVGPathElement, PathDatum>("path", {
  d: (d) => d.d,
  "stroke-width": (d) => (d.strokeWidth === undefined ? null : px(d.strokeWidth)),
});
