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
    expect(size.height).toBeGreaterThanOrEqual(299.5);
    expect(size.height).toBeLessThan(301);
    expect(size.width / size.height).toBeCloseTo(2);
    expect(sizes[1]).toEqual({ width: 600, height: 300, fontSize: 15 });
  });

  it("grows no more than it must when a wider box wraps the labels into fewer lines", () => {
    // Ten lines of 20 px text in 200 px of width: each 100 px of extra width saves two lines.
    const layout = (_data: null, _state: null, size: Size) => {
      const lines = Math.max(2, 10 - Math.floor((size.width - 200) / 50));
      return { shortfall: Math.max(0, lines * 25 - size.height) };
    };
    const { scene, size } = fitLayout(layout, null, null, { width: 200, height: 100, fontSize: 20 });
    expect(scene.shortfall).toBeLessThanOrEqual(0.5);
    // The first guess (250 px for ten lines) would shrink the labels to 40%; the least that fits is far less.
    expect(size.height).toBeLessThan(200);
  });

  it("grows again when the first taller box still lacks room", () => {
    // A legend that needs more height as the box widens: 150 px plus a fifth of the width.
    const layout = (_data: null, _state: null, size: Size) => ({
      shortfall: Math.max(0, 150 + size.width / 5 - size.height),
    });
    const { scene, size } = fitLayout(layout, null, null, { width: 200, height: 100, fontSize: 15 });
    expect(scene.shortfall).toBeLessThanOrEqual(0.5);
    expect(size.height).toBeGreaterThan(190);
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
