import { describe, expect, it } from "vitest";
import { chart } from "../../../../src/charts/timeline/chart.ts";
import { renderSvg, staticSize } from "../../../../src/charts/build/renderSvg.ts";
import { timelineData } from "../fixtures.ts";

describe("renderSvg", () => {
  it("draws a state to static SVG markup at the static size, labelled for screen readers", () => {
    const svg = renderSvg(chart, timelineData, { from: 1860, to: 2026, upTo: 1983, focus: "town" }, { label: "alt" });
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain(`viewBox="0 0 ${staticSize.width} ${staticSize.height}"`);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="alt"');
    expect(svg).not.toContain("data-animate");
  });
});
