import { describe, expect, it } from "vitest";
import { defineChart, layoutSize } from "../../../../src/charts/kit/defineChart.ts";
import { drawn } from "../fixtures.ts";

describe("layoutSize", () => {
  it("keeps the real size when the chart has the room it needs", () => {
    const size = { width: 640, height: 440, fontSize: 15 };
    expect(layoutSize(size, { lines: 10, ems: 16 })).toBe(size);
  });

  it("lays a chart out larger, in the same proportions, when its labels would not fit the box", () => {
    const tight = layoutSize({ width: 300, height: 100, fontSize: 26 }, { lines: 10, ems: 16 });
    expect(tight.height).toBeCloseTo(260, 0);
    expect(tight.width / tight.height).toBeCloseTo(3, 1);
    expect(tight.fontSize).toBe(26);
  });
});

describe("defineChart", () => {
  it("names the chart, sizes its svg by the layout size and draws its marks in order", () => {
    const order: string[] = [];
    const chart = defineChart("test", { lines: 10, ems: 10 }, (data: string, state: number) => `${data}${state}`, [
      (_root, scene) => order.push(`a:${scene}`),
      (_root, scene) => order.push(`b:${scene}`),
    ]);
    const svg = drawn(chart, "x", 1, { width: 200, height: 50, fontSize: 10 });
    expect(chart.name).toBe("test");
    expect(svg.getAttribute("class")).toBe("chart chart-test");
    expect(svg.getAttribute("viewBox")).toBe("0 0 400 100");
    expect(order).toEqual(["a:x1", "b:x1"]);
  });
});
