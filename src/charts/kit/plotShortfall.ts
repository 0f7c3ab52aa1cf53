import type { Size } from "../chartTypes.ts";
import { axisShortfall } from "./linearScale.ts";

/**
 * The height a chart with a value axis lacks (see `Fitted`): for the axis between `top` and `bottom`, and for
 * the width its labels lack side by side, turned into height in the chart's proportions, since `fitLayout`
 * grows a chart's box in both directions alike.
 */
export function plotShortfall(size: Size, axis: { top: number; bottom: number }, lackingWidth: number): number {
  return Math.max(
    axisShortfall(axis.top, axis.bottom, size.fontSize),
    (size.height * Math.max(0, lackingWidth)) / size.width,
  );
}
