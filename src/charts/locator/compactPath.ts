/**
 * A d3-geo path context that writes an outline compactly: whole units, every point after the first of
 * a ring relative to the one before (`M812 1250l-4 9…z`), about a third the size of d3's absolute
 * decimals. Rounding the absolute positions first keeps the error within half a unit, however long the ring.
 */
export function compactPath() {
  let d = "";
  let last: [number, number] = [0, 0];
  const point = (x: number, y: number): [number, number] => [Math.round(x), Math.round(y)];
  const signed = (value: number) => (value < 0 ? String(value) : ` ${value}`);
  return {
    beginPath() {
      // Every outline starts with moveTo; there is nothing to reset.
    },
    moveTo(x: number, y: number) {
      last = point(x, y);
      d += `M${last[0]} ${last[1]}`;
    },
    lineTo(x: number, y: number) {
      const next = point(x, y);
      d += `l${next[0] - last[0]}${signed(next[1] - last[1])}`;
      last = next;
    },
    closePath() {
      d += "z";
    },
    arc() {
      throw new Error("compactPath draws outlines only, not points");
    },
    /** The path data written so far, and a fresh start for the next outline. */
    result(): string {
      const out = d;
      d = "";
      return out;
    },
  };
}
