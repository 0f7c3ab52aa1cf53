/**
 * The largest square cell that fits `count` marks in a box, and the columns it needs.
 * A box with no room gives cells of size 0, never a negative size.
 */
export function fitGrid(count: number, width: number, height: number): { cell: number; columns: number } {
  let best = { cell: 0, columns: 1 };
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    const cell = Math.max(0, Math.min(width / columns, height / rows));
    if (cell > best.cell) best = { cell, columns };
  }
  return best;
}
