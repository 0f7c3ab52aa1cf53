import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { growth, layoutGrowth, type GrowthData } from "../../../src/charts/growth.ts";
import { renderSvg } from "../../../src/charts/renderSvg.ts";

const data: GrowthData = {
  locale: "zh-hant",
  axisLabel: "在冊經營主體（家）",
  derivedLabel: "推算",
  rateLabel: "年均增長14.35%",
  rateNote: "接近翻了一番",
  bars: [
    { id: "2019", category: "2019年", value: 55000, valueLabel: "約5.5萬", derived: true },
    { id: "2024", category: "2024年", value: 108000, valueLabel: "10.8萬", derived: false },
  ],
};

const phone = { width: 340, height: 380 };

describe("layoutGrowth", () => {
  it("keeps one scale, so a bar coming in leaves the other where it was", () => {
    const one = layoutGrowth(data, { show: ["2024"] }, phone);
    const both = layoutGrowth(data, { show: ["2019", "2024"] }, phone);
    expect(one.bars[1]).toEqual(both.bars[1]);
    expect(one.bars[0]?.height).toBe(0);
    expect(both.gridlines.map((line) => line.label)).toContain("10萬");
  });

  it("tags the derived bar in its value label", () => {
    const scene = layoutGrowth(data, { show: ["2019", "2024"] }, phone);
    expect(scene.bars[0]?.valueLines).toEqual(["約5.5萬", "（推算）"]);
    expect(scene.bars[1]?.valueLines).toEqual(["10.8萬"]);
  });

  it("draws the rate arrow above the bars and inside the chart", () => {
    expect(layoutGrowth(data, { show: ["2019", "2024"] }, phone).arrow).toBeNull();
    const scene = layoutGrowth(data, { show: ["2019", "2024"], rate: true }, phone);
    const arrow = scene.arrow;
    if (!arrow) throw new Error("no arrow");
    expect(arrow.labelY).toBeGreaterThan(scene.fontSize);
    expect(arrow.labelY).toBeLessThan(Math.min(...scene.bars.map((bar) => bar.y)));
    for (const bar of scene.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(0);
      expect(bar.x + bar.width).toBeLessThanOrEqual(phone.width);
    }
  });
});

describe("growth render", () => {
  it("renders a bar per year, the derived one marked, and the arrow with the rate", () => {
    const svg = renderSvg(growth, data, { show: ["2019", "2024"], rate: true }, { label: "alt" });
    const { document } = parseHTML(`<div>${svg}</div>`);
    expect(document.querySelectorAll("g.growth-bar")).toHaveLength(2);
    expect(document.querySelector("g.growth-bar.is-derived")?.getAttribute("data-key")).toBe("2019");
    expect(document.querySelector("tspan.rate-label")?.textContent).toBe("年均增長14.35%");
  });

  it("is idempotent: drawing the same state twice leaves the same SVG", () => {
    const { document } = parseHTML("<html><body></body></html>");
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg") as unknown as SVGSVGElement;
    const size = { width: 640, height: 440 };
    growth.draw(svg, data, { show: ["2019", "2024"], rate: true }, size, { animate: false });
    const first = svg.outerHTML;
    growth.draw(svg, data, { show: ["2024"] }, size, { animate: false });
    growth.draw(svg, data, { show: ["2019", "2024"], rate: true }, size, { animate: false });
    expect(svg.outerHTML).toBe(first);
  });
});
