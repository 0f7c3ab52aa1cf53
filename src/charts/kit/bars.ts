import type { Size } from "../chartTypes.ts";
import type { Layer } from "./layers.ts";
import { pathMark } from "./pathMark.ts";
import { rectMark } from "./rectMark.ts";
import { textMark } from "./textMark.ts";

/** What a bar chart's bar needs to be drawn, whatever else the chart adds. */
export interface BarMark {
  id: string;
  x: number;
  width: number;
  y: number;
  height: number;
  visible: boolean;
  /** The label under the bar, one or two lines. */
  categoryLines: string[];
  /** The value label above the bar, one or two lines. */
  valueLines: string[];
  /** Modifier classes of all three marks (is-focus, is-derived …). */
  classes: string[];
}

/** What a bar chart's scene gives its bars. */
export interface BarScene {
  bars: readonly BarMark[];
  baseline: number;
  plotRight: number;
  /** The value labels' size, and the line height of two-line labels. */
  valueSize: number;
  lineHeight: number;
}

/**
 * Bars on a baseline, each with its value above and its category below, keyed by bar: a bar grows from
 * the baseline and its value rides on its top (attributes and transforms, which CSS tweens).
 */
export function barMarks(root: Layer, scene: BarScene, animate: boolean, size: Size): void {
  const { bars, valueSize, baseline, lineHeight } = scene;
  const { fontSize } = size;
  pathMark(root, [{ id: "baseline", d: `M0,${baseline.toFixed(1)}H${scene.plotRight}` }], "baseline", animate);
  // A bar not yet shown is an empty, invisible rect on the baseline, from which it grows.
  rectMark(
    root,
    bars.map((bar) => ({ ...bar, opacity: bar.visible ? undefined : 0 })),
    "bar",
    animate,
  );
  const centre = (bar: BarMark) => bar.x + bar.width / 2;
  textMark(
    root,
    bars.map((bar) => ({
      id: bar.id,
      x: centre(bar),
      y: bar.y - valueSize * 0.45 - lineHeight * (bar.valueLines.length - 1),
      lines: bar.valueLines,
      size: valueSize,
      lineHeight,
      anchor: "middle" as const,
      opacity: bar.visible ? 1 : 0,
      classes: bar.classes,
    })),
    "bar-value",
    animate,
  );
  textMark(
    root,
    bars.map((bar) => ({
      id: bar.id,
      x: centre(bar),
      y: baseline + fontSize * 1.35,
      lines: bar.categoryLines,
      size: fontSize,
      lineHeight,
      anchor: "middle" as const,
      classes: [...bar.classes, !bar.visible && "is-empty"],
    })),
    "bar-category",
    animate,
  );
}
