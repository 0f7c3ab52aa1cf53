import type { Layer } from "./layers.ts";
import { pathMark } from "./pathMark.ts";

export interface UnitGroup {
  id: string;
  shape: "dot" | "square";
  /** All the group's units as one path (see unitPath). */
  path: string;
  /** A dot's diameter or a square's side. */
  size: number;
  classes?: readonly (string | false | undefined)[];
}

/** Groups of unit marks, one path each: dots drawn by the path's stroke width, squares by their fill. */
export function unitMark(layer: Layer, groups: readonly UnitGroup[], className: string, animate: boolean): void {
  pathMark(
    layer,
    groups.map((group) => ({
      id: group.id,
      d: group.path,
      strokeWidth: group.shape === "dot" ? group.size : undefined,
      classes: [`unit-${group.shape}s`, ...(group.classes ?? [])],
    })),
    className,
    animate,
  );
}
