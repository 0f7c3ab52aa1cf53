import { describe, expect, it } from "vitest";
import { describeChart, drawChart } from "../../../../src/charts/build/chartFigures.ts";

describe("chartFigures", () => {
  const state = { through: "1993", focus: "1993" };

  it("draws a chart at a step's state and size, as the page does", () => {
    const svg = drawChart("population", "en", state, { width: 480, height: 320, fontSize: 15 });
    expect(svg).toMatch(/^<svg[^>]*viewBox="0 0 480 320"/);
    const label = describeChart("population", "en", state);
    expect(label).toMatch(/^Bar chart of Longgang/);
    expect(svg).toContain('aria-label="Bar chart of Longgang');
  });

  it("describes the state in the edition's script", () => {
    expect(describeChart("population", "zh-hans", state)).not.toBe(describeChart("population", "zh-hant", state));
  });

  it("names an unknown chart", () => {
    expect(() => drawChart("pie", "en", {}, { width: 1, height: 1, fontSize: 15 })).toThrow(/Unknown chart "pie"/);
  });
});
