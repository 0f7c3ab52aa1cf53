import { describe, expect, it } from "vitest";
import { fitGrid } from "../../../../src/charts/kit/fitGrid.ts";

describe("fitGrid", () => {
  it("finds the largest square cell that fits every mark", () => {
    expect(fitGrid(100, 100, 100)).toEqual({ cell: 10, columns: 10 });
    expect(fitGrid(4, 400, 100)).toEqual({ cell: 100, columns: 4 });
    const { cell, columns } = fitGrid(469, 300, 120);
    expect(columns * cell).toBeLessThanOrEqual(300);
    expect(Math.ceil(469 / columns) * cell).toBeLessThanOrEqual(120);
  });

  it("gives cells of size 0, never negative, when the box has no room", () => {
    expect(fitGrid(10, -20, 50).cell).toBe(0);
    expect(fitGrid(10, 50, 0).cell).toBe(0);
  });
});
