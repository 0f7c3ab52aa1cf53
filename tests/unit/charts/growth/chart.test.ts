import { describe, expect, it } from "vitest";
import { chart, layoutGrowth, type GrowthData } from "../../../../src/charts/growth/chart.ts";
import { fitLayout } from "../../../../src/charts/kit/defineChart.ts";
import { textWidth } from "../../../../src/charts/kit/textWidth.ts";
import { drawn, phone, redrawn } from "../fixtures.ts";

const data: GrowthData = {
  locale: "zh-hant",
  axisLabel: "在冊經營主體（家）",
  rateLabel: "年均增長14.35%",
  rateNote: "接近翻了一番",
  bars: [
    { id: "2019", category: "2019年", value: 55000, valueLabel: "約5.5萬", derivedTag: "（推算）" },
    { id: "2024", category: "2024年", value: 108000, valueLabel: "10.8萬", derivedTag: "" },
  ],
};

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
    expect(scene.bars[0]?.classes).toContain("is-derived");
  });

  it("asks for room when a value is wider than its bar's share, so neighbouring values never meet", () => {
    const english: GrowthData = {
      ...data,
      locale: "en",
      bars: [
        { id: "2019", category: "2019", value: 55000, valueLabel: "about 55,000", derivedTag: "(derived)" },
        { id: "2024", category: "2024", value: 108000, valueLabel: "108,000", derivedTag: "" },
      ],
    };
    const large = { width: 312, height: 300, fontSize: 26 };
    const state = { show: ["2019", "2024"] };
    expect(layoutGrowth(english, state, large).shortfall).toBeGreaterThan(0);
    const { scene } = fitLayout(layoutGrowth, english, state, large);
    const [left, right] = scene.bars.map((bar) => {
      const half = Math.max(...bar.valueLines.map((line) => textWidth(line, scene.valueSize, "bold"))) / 2;
      const centre = bar.x + bar.width / 2;
      return [centre - half, centre + half];
    });
    expect(left?.[1] ?? Infinity).toBeLessThan(right?.[0] ?? 0);
  });

  it("draws the rate arrow above the bars and inside the chart", () => {
    expect(layoutGrowth(data, { show: ["2019", "2024"] }, phone).arrow).toBeNull();
    const scene = layoutGrowth(data, { show: ["2019", "2024"], rate: true }, phone);
    const arrow = scene.arrow;
    if (!arrow) throw new Error("no arrow");
    expect(arrow.labelY).toBeGreaterThan(phone.fontSize * (scene.axisLabel.length + 1));
    expect(arrow.labelY + (arrow.lines.length - 1) * scene.lineHeight).toBeLessThan(
      Math.min(...scene.bars.map((bar) => bar.y)),
    );
    for (const bar of scene.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(0);
      expect(bar.x + bar.width).toBeLessThanOrEqual(phone.width);
    }
  });
});

describe("growth draw", () => {
  it("draws a bar per year, the derived one marked, and the arrow with the rate", () => {
    const svg = drawn(chart, data, { show: ["2019", "2024"], rate: true });
    expect(svg.querySelectorAll("rect.bar")).toHaveLength(2);
    expect(svg.querySelector("rect.bar.is-derived")?.getAttribute("data-key")).toBe("2019");
    expect(svg.querySelector("text.rate-label tspan")?.textContent).toBe("年均增長14.35%");
  });

  it("is idempotent: drawing the same state twice leaves the same SVG", () => {
    const [before, after] = redrawn(chart, data, { show: ["2024"] }, { show: ["2019", "2024"], rate: true });
    expect(after).toBe(before);
  });
});
