import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { layoutPopulation, population } from "../../../src/charts/population.ts";
import { renderSvg } from "../../../src/charts/renderSvg.ts";
import { populationData } from "./fixtures.ts";

const size = { width: 640, height: 440 };

describe("layoutPopulation", () => {
  it("rescales the value axis to the bars shown", () => {
    const early = layoutPopulation(populationData, { through: "a" }, size);
    const late = layoutPopulation(populationData, { through: "c" }, size);
    expect(Math.max(...early.gridlines.map((line) => line.value))).toBeLessThan(10000);
    expect(Math.max(...late.gridlines.map((line) => line.value))).toBeGreaterThanOrEqual(500000);
    expect(early.bars.map((bar) => bar.visible)).toEqual([true, false, false]);
    expect(early.bars[1]?.height).toBe(0);
  });

  it("keeps every bar inside the chart", () => {
    for (const width of [320, 390, 640, 1000]) {
      const scene = layoutPopulation(populationData, { through: "c" }, { width, height: 400 });
      for (const bar of scene.bars) {
        expect(bar.x).toBeGreaterThanOrEqual(0);
        expect(bar.x + bar.width).toBeLessThanOrEqual(width);
        expect(bar.y).toBeGreaterThan(0);
      }
    }
  });

  it("splits a qualified value over two lines when the bar is narrow", () => {
    const scene = layoutPopulation(populationData, { through: "c" }, { width: 180, height: 400 });
    expect(scene.bars[1]?.valueLines).toEqual(["約", "13.5萬"]);
    const wide = layoutPopulation(populationData, { through: "c" }, size);
    expect(wide.bars[1]?.valueLines).toEqual(["約13.5萬"]);
  });
});

describe("population render", () => {
  it("renders one bar per record, the focus and the open bar marked", () => {
    const svg = renderSvg(population, populationData, { through: "c", focus: "b" }, { label: "alt" });
    const { document } = parseHTML(`<div>${svg}</div>`);
    expect(document.querySelectorAll("g.bar")).toHaveLength(3);
    expect(document.querySelector("g.bar.is-focus")?.getAttribute("data-key")).toBe("b");
    expect(document.querySelector("g.bar.is-bound")?.getAttribute("data-key")).toBe("c");
    expect([...document.querySelectorAll("text.category")].map((text) => text.textContent)).toEqual([
      "建鎮前",
      "1993",
      "2024",
    ]);
    expect(document.querySelector("g.layer-grid")?.nextElementSibling?.getAttribute("class")).toBe("layer-marks");
  });
});
