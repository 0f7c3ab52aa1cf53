export interface UnitPoint {
  /** Centre of the unit. */
  x: number;
  y: number;
}

const f = (value: number) => Number(value.toFixed(1));

/**
 * Many unit marks of one kind as a single `<path>`, so a chart of hundreds of units is one element to
 * draw, send and fade rather than hundreds. `dot`: a zero-length stroke per unit, drawn as a disc by a
 * round line cap of the path's stroke width (charts.css, `.unit-dots`); `square`: a closed square of
 * side `size` per unit, filled or outlined by class.
 */
export function unitPath(points: readonly UnitPoint[], shape: "dot" | "square", size: number): string {
  if (shape === "dot") return points.map((point) => `M${f(point.x)} ${f(point.y)}h0`).join("");
  const side = f(size);
  return points.map((point) => `M${f(point.x - size / 2)} ${f(point.y - size / 2)}h${side}v${side}h${-side}z`).join("");
}
