import type { Size } from "../chartTypes.ts";
import type { Layer } from "./layers.ts";
import { pathMark } from "./pathMark.ts";
import { textMark } from "./textMark.ts";

export interface Gridline {
  value: number;
  /** Where the line runs, in px from the top. */
  y: number;
  label: string;
}

/**
 * A value axis as horizontal gridlines across the plot, each labelled above its left end: the bar and
 * slope charts' axis. Lines and labels move with the scale (CSS tweens `d` and `transform`).
 */
export function gridlineMarks(
  root: Layer,
  scene: { gridlines: readonly Gridline[]; plotRight: number },
  animate: boolean,
  size: Size,
): void {
  const { gridlines, plotRight } = scene;
  const id = (line: Gridline) => `grid-${line.value}`;
  pathMark(
    root,
    gridlines.map((line) => ({ id: id(line), d: `M0,${line.y.toFixed(1)}H${plotRight}` })),
    "gridline",
    animate,
  );
  textMark(
    root,
    gridlines.map((line) => ({
      id: id(line),
      x: 0,
      y: line.y - size.fontSize * 0.35,
      lines: [line.label],
      size: size.fontSize,
    })),
    "gridline-label",
    animate,
  );
}
