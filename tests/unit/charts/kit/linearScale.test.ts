import { describe, expect, it } from "vitest";
import { axisShortfall, linearScale, tickCount } from "../../../../src/charts/kit/linearScale.ts";

describe("linearScale", () => {
  it("widens the domain to round numbers and maps it onto the range", () => {
    const y = linearScale([0, 108000], [400, 0], 4);
    expect(y.domain).toEqual([0, 120000]);
    expect(y(0)).toBe(400);
    expect(y(120000)).toBe(0);
    expect(y(60000)).toBe(200);
  });

  it("gives round ticks inside the domain", () => {
    const y = linearScale([1, 1.97], [300, 0], 5);
    expect(y.ticks[0]).toBe(1);
    expect(y.ticks.at(-1)).toBeLessThanOrEqual(y.domain[1]);
    expect(y.ticks.every((tick) => Number.isFinite(tick))).toBe(true);
  });
});

describe("tickCount and axisShortfall", () => {
  it("give an axis 2 to 5 gridlines, and say how much taller it must be for three lines of labels", () => {
    expect([tickCount(40, 15), tickCount(200, 15), tickCount(2000, 15)]).toEqual([2, 3, 5]);
    expect(axisShortfall(100, 200, 15)).toBe(0);
    expect(axisShortfall(100, 120, 15)).toBe(25);
  });
});
