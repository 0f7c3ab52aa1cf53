import { describe, expect, it } from "vitest";
import { chart, layoutPopulation } from "../../../../src/charts/population/chart.ts";
import { fitLayout } from "../../../../src/charts/kit/defineChart.ts";
import { textWidth } from "../../../../src/charts/kit/textWidth.ts";
import type { PopulationData } from "../../../../src/charts/population/chart.ts";
import { desktop, drawn, populationData } from "../fixtures.ts";

describe("layoutPopulation", () => {
  it("rescales the value axis to the bars shown", () => {
    const early = layoutPopulation(populationData, { through: "a" }, desktop);
    const late = layoutPopulation(populationData, { through: "c" }, desktop);
    expect(Math.max(...early.gridlines.map((line) => line.value))).toBeLessThan(10000);
    expect(Math.max(...late.gridlines.map((line) => line.value))).toBeGreaterThanOrEqual(400000);
    expect(early.bars.map((bar) => bar.visible)).toEqual([true, false, false]);
    expect(early.bars[1]?.height).toBe(0);
  });

  it("keeps every bar and label inside the chart, labels within their slots", () => {
    for (const width of [280, 320, 390, 640, 1000]) {
      const scene = layoutPopulation(populationData, { through: "c" }, { width, height: 400, fontSize: 13 });
      const slot = (scene.bars[1]?.x ?? 0) - (scene.bars[0]?.x ?? 0);
      for (const bar of scene.bars) {
        expect(bar.x).toBeGreaterThanOrEqual(0);
        expect(bar.x + bar.width).toBeLessThanOrEqual(width);
        expect(bar.y).toBeGreaterThan(0);
        for (const line of bar.categoryLines) expect(textWidth(line, 13)).toBeLessThanOrEqual(slot);
      }
    }
  });

  it("with text too large for its slots (200% text on a phone), is laid out wider until neighbouring categories keep apart", () => {
    const box = { width: 150, height: 300, fontSize: 26 };
    expect(layoutPopulation(populationData, { through: "c" }, box).shortfall).toBeGreaterThan(0);
    const { scene, size } = fitLayout(layoutPopulation, populationData, { through: "c" }, box);
    const slot = (scene.bars[1]?.x ?? 0) - (scene.bars[0]?.x ?? 0);
    const widths = scene.bars.map((bar) => Math.max(...bar.categoryLines.map((line) => textWidth(line, 26))));
    for (const [index, width] of widths.slice(1).entries())
      expect((width + (widths[index] ?? 0)) / 2).toBeLessThanOrEqual(slot);
    expect(size.width / size.height).toBeCloseTo(box.width / box.height, 2);
  });

  it("keeps a long qualifier and the last category inside their slots and the chart, asking for width when they would not fit", () => {
    // The English edition's labels: a two-word qualifier and a two-word category.
    const english: PopulationData = {
      locale: "en",
      bars: [
        ["a", "1984", 6000, "6,000", "fewer than", true],
        ["b", "1993", 135000, "135,000", "about", false],
        ["c", "2024 residents", 500000, "500,000", "nearly", true],
      ].map(([id, category, value, valueLabel, qualifierLabel, bound]) => ({
        id: String(id),
        category: String(category),
        value: Number(value),
        valueLabel: String(valueLabel),
        qualifierLabel: String(qualifierLabel),
        qualifiedLabel: `${String(qualifierLabel)} ${String(valueLabel)}`,
        fullLabel: `${String(qualifierLabel)} ${String(valueLabel)}`,
        bound: Boolean(bound),
      })),
    };
    for (const box of [
      { width: 280, height: 280, fontSize: 13 },
      { width: 150, height: 300, fontSize: 26 },
    ]) {
      const { scene, size } = fitLayout(layoutPopulation, english, { through: "c" }, box);
      const slot = (scene.bars[1]?.x ?? 0) - (scene.bars[0]?.x ?? 0);
      for (const bar of scene.bars) {
        const centre = bar.x + bar.width / 2;
        for (const line of bar.valueLines) expect(textWidth(line, scene.valueSize, "bold")).toBeLessThanOrEqual(slot);
        for (const line of bar.categoryLines)
          expect(centre + textWidth(line, box.fontSize) / 2).toBeLessThanOrEqual(size.width);
      }
      expect(scene.bars[0]?.valueLines).toEqual(["fewer than", "6,000"]);
    }
  });

  it("splits a qualified value over two lines when the slot is narrow", () => {
    const narrow = layoutPopulation(populationData, { through: "c" }, { width: 150, height: 400, fontSize: 15 });
    expect(narrow.bars[1]?.valueLines).toEqual(["約", "13.5萬"]);
    const wide = layoutPopulation(populationData, { through: "c" }, desktop);
    expect(wide.bars[1]?.valueLines).toEqual(["約13.5萬"]);
  });
});

describe("population draw", () => {
  it("draws one bar per record, the focus and the open bar marked", () => {
    const svg = drawn(chart, populationData, { through: "c", focus: "b" });
    expect(svg.querySelectorAll("rect.bar")).toHaveLength(3);
    expect(svg.querySelector("rect.bar.is-focus")?.getAttribute("data-key")).toBe("b");
    expect(svg.querySelector("rect.bar.is-bound")?.getAttribute("data-key")).toBe("c");
    expect([...svg.querySelectorAll("text.bar-category")].map((text) => text.textContent)).toEqual([
      "建鎮前",
      "1993",
      "2024",
    ]);
    // Back to front: gridlines, then bars, then their labels.
    const layers = [...svg.children].map((layer) => layer.getAttribute("class"));
    expect(layers.indexOf("layer-gridline")).toBeLessThan(layers.indexOf("layer-bar"));
    expect(layers.indexOf("layer-bar")).toBeLessThan(layers.indexOf("layer-bar-value"));
  });
});
