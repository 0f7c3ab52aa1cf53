import { describe, expect, it } from "vitest";
import type { Size } from "../../../../src/charts/chartTypes.ts";
import { defineChart, fitLayout } from "../../../../src/charts/kit/defineChart.ts";
import { drawn } from "../fixtures.ts";

/** A layout that lacks `need` px of height minus what it has, and records the sizes it was asked for. */
function layoutNeeding(need: number) {
  const sizes: Size[] = [];
  const layout = (_data: null, _state: null, size: Size) => {
    sizes.push(size);
    return { shortfall: Math.max(0, need - size.height) };
  };
  return { sizes, layout };
}

describe("fitLayout", () => {
  it("keeps the real box when the layout has the room it needs", () => {
    const { sizes, layout } = layoutNeeding(100);
    const box = { width: 640, height: 440, fontSize: 15 };
    expect(fitLayout(layout, null, null, box).size).toBe(box);
    expect(sizes).toHaveLength(1);
  });

  it("lays a chart out again, taller in the same proportions, when it lacks height", () => {
    const { sizes, layout } = layoutNeeding(300);
    const { size } = fitLayout(layout, null, null, { width: 400, height: 200, fontSize: 15 });
    expect(size).toEqual({ width: 600, height: 300, fontSize: 15 });
    expect(sizes).toHaveLength(2);
  });

  it("widens a box narrower than twelve ems of its labels", () => {
    const { size } = fitLayout(layoutNeeding(0).layout, null, null, { width: 120, height: 100, fontSize: 20 });
    expect(size).toEqual({ width: 240, height: 200, fontSize: 20 });
  });
});

describe("defineChart", () => {
  it("names the chart, sizes its svg by the fitted size and draws its marks in order", () => {
    const order: string[] = [];
    const chart = defineChart("test", (data: string, state: number) => ({ shortfall: 0, text: `${data}${state}` }), [
      (_root, scene) => order.push(`a:${scene.text}`),
      (_root, scene) => order.push(`b:${scene.text}`),
    ]);
    const svg = drawn(chart, "x", 1, { width: 300, height: 50, fontSize: 10 });
    expect(chart.name).toBe("test");
    expect(svg.getAttribute("class")).toBe("chart chart-test");
    expect(svg.getAttribute("viewBox")).toBe("0 0 300 50");
    expect(order).toEqual(["a:x1", "b:x1"]);
  });
});
