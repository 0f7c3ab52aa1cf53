import { describe, expect, it } from "vitest";
import { chart, layoutSlope, type SlopeData } from "../../../../src/charts/slope/chart.ts";
import { fitLayout } from "../../../../src/charts/kit/defineChart.ts";
import { textWidth } from "../../../../src/charts/kit/textWidth.ts";
import { drawn, phone, redrawn } from "../fixtures.ts";

const data: SlopeData = {
  locale: "zh-hant",
  axisLabel: "城鄉居民可支配收入比",
  equalLabel: "比值為1：城鄉收入相等",
  note: "報道沒有註明兩個比值各屬哪一年。",
  points: [
    { id: "before", category: "此前", value: 1.92, valueLabel: "1.92" },
    { id: "now", category: "如今", value: 1.79, valueLabel: "1.79" },
  ],
};

describe("layoutSlope", () => {
  it("shows the points up to `through` and the line only between two", () => {
    const start = layoutSlope(data, { through: "before" }, phone);
    expect(start.points.map((point) => point.visible)).toEqual([true, false]);
    expect(start.line).toBeNull();
    const end = layoutSlope(data, { through: "now" }, phone);
    expect(end.line).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(end.points[1]?.y).toBeGreaterThan(end.points[0]?.y ?? Infinity);
  });

  it("stretches the axis down to equality when asked", () => {
    const close = layoutSlope(data, { through: "now" }, phone);
    const wide = layoutSlope(data, { through: "now", fromEqual: true }, phone);
    expect(close.equal).toBeNull();
    expect(Math.min(...close.gridlines.map((tick) => tick.value))).toBeGreaterThan(1.5);
    expect(wide.gridlines.map((tick) => tick.value)).toContain(1);
    expect(wide.equal?.y).toBeCloseTo(wide.gridlines.find((tick) => tick.value === 1)?.y ?? 0);
  });

  it("keeps value labels inside a phone-width chart", () => {
    const scene = layoutSlope(data, { through: "now", fromEqual: true }, phone);
    for (const point of scene.points) {
      const width = textWidth(point.label, scene.valueSize, "bold");
      const offset = phone.fontSize * 0.9;
      if (point.anchor === "end") expect(point.x - offset - width).toBeGreaterThanOrEqual(0);
      else expect(point.x + offset + width).toBeLessThanOrEqual(phone.width);
    }
  });
});

describe("layoutSlope with large text", () => {
  it("asks for the room that keeps the column names apart, and lays them apart in it", () => {
    const narrow = { width: 312, height: 300, fontSize: 26 };
    expect(layoutSlope(data, { through: "now" }, narrow).shortfall).toBeGreaterThan(0);
    const { scene } = fitLayout(layoutSlope, data, { through: "now" }, narrow);
    const [before, now] = scene.points;
    const half = (text: string) => textWidth(text, narrow.fontSize) / 2;
    expect((now?.x ?? 0) - half("如今")).toBeGreaterThan((before?.x ?? 0) + half("此前"));
  });
});

describe("slope draw", () => {
  it("draws both points, the line and the equality line", () => {
    const svg = drawn(chart, data, { through: "now", fromEqual: true });
    expect(svg.querySelectorAll("circle.point")).toHaveLength(2);
    expect(svg.querySelectorAll("path.slope")).toHaveLength(1);
    expect(svg.querySelector("text.equal-label")?.textContent).toBe("比值為1：城鄉收入相等");
    expect([...svg.querySelectorAll("text.point-value")].map((node) => node.textContent)).toEqual(["1.92", "1.79"]);
  });

  it("is idempotent: drawing the same state twice leaves the same SVG", () => {
    const [before, after] = redrawn(chart, data, { through: "now", fromEqual: true }, { through: "before" });
    expect(after).toBe(before);
  });
});
