import { describe, expect, it } from "vitest";
import { fitGrid } from "../../../src/charts/fitGrid.ts";

describe("fitGrid", () => {
  it("finds the largest square cell that fits every mark", () => {
    expect(fitGrid(100, 100, 100)).toEqual({ cell: 10, columns: 10 });
    expect(fitGrid(4, 400, 100)).toEqual({ cell: 100, columns: 4 });
    const { cell, columns } = fitGrid(469, 300, 120);
    expect(columns * cell).toBeLessThanOrEqual(300);
    expect(Math.ceil(469 / columns) * cell).toBeLessThanOrEqual(120);
  });
});
