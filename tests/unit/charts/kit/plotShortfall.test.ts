import { describe, expect, it } from "vitest";
import { plotShortfall } from "../../../../src/charts/kit/plotShortfall.ts";

describe("plotShortfall", () => {
  const size = { width: 400, height: 200, fontSize: 10 };

  it("is nothing when the axis spans three lines and no label lacks width", () => {
    expect(plotShortfall(size, { top: 20, bottom: 150 }, 0)).toBe(0);
  });

  it("asks for the height an axis of fewer than three lines lacks", () => {
    expect(plotShortfall(size, { top: 20, bottom: 40 }, 0)).toBe(10);
  });

  it("turns lacking width into height in the chart's proportions, the larger of the two lacks", () => {
    expect(plotShortfall(size, { top: 20, bottom: 150 }, 100)).toBe(50);
    expect(plotShortfall(size, { top: 20, bottom: 40 }, 4)).toBe(10);
  });
});
