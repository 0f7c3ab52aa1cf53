import type { MarkDatum } from "./join.ts";
import { markOf } from "./markOf.ts";
import { px } from "./px.ts";

export interface CircleDatum extends MarkDatum {
  cx: number;
  cy: number;
  r: number;
}

/** Circles (events, points, cadres, the place): a handful each; many units are drawn as one path instead. */
export const circleMark = markOf<SVGCircleElement, CircleDatum>("circle", {
  cx: (d) => px(d.cx),
  cy: (d) => px(d.cy),
  r: (d) => px(Math.max(0, d.r)),
});
