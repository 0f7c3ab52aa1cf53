import { describe, expect, it } from "vitest";
import { chart, layoutSensors, type SensorsData } from "../../../../src/charts/sensors/chart.ts";
import { textWidth } from "../../../../src/charts/kit/textWidth.ts";
import { drawn, phone, redrawn, unitCount, zoomedPhone } from "../fixtures.ts";

const data: SensorsData = {
  groups: [
    { id: "video", label: "錄影監控：超過9700路", marks: 97, shape: "dot" },
    { id: "sensors", label: "物聯網感測器：近9400個", marks: 94, shape: "square" },
  ],
  scaleLabel: "每個記號代表一百路或一百個；位置僅為示意",
  hubLabel: "一網統管",
};

const count = (scene: ReturnType<typeof layoutSensors>) =>
  scene.groups.reduce((sum, group) => sum + group.points.length, 0);

describe("layoutSensors", () => {
  it("fills the field group by group, one path per group", () => {
    expect(count(layoutSensors(data, { show: [] }, phone))).toBe(0);
    expect(count(layoutSensors(data, { show: ["video"] }, phone))).toBe(97);
    const both = layoutSensors(data, { show: ["video", "sensors"] }, phone);
    expect(both.groups.map((group) => unitCount(group.path))).toEqual([97, 94]);
  });

  it("keeps a mark where it was when more marks arrive", () => {
    const before = layoutSensors(data, { show: ["video"] }, phone).groups[0];
    const after = layoutSensors(data, { show: ["video", "sensors"] }, phone).groups[0];
    expect(after?.path).toBe(before?.path);
  });

  it("scatters marks inside the field, none under the hub or over the legend", () => {
    const scene = layoutSensors(data, { show: ["video", "sensors"], connected: true }, phone);
    const hub = scene.hub;
    if (!hub) throw new Error("no hub");
    for (const point of scene.groups.flatMap((group) => group.points)) {
      expect(point.x).toBeGreaterThanOrEqual(0);
      expect(point.x).toBeLessThanOrEqual(phone.width);
      expect(point.y).toBeGreaterThan(scene.scale.y);
      expect(point.y).toBeLessThanOrEqual(phone.height);
      const insideHub =
        point.x > hub.x && point.x < hub.x + hub.width && point.y > hub.y && point.y < hub.y + hub.height;
      expect(insideHub).toBe(false);
    }
    expect(unitCount(scene.links)).toBe(191);
    for (const entry of scene.legend)
      for (const line of entry.lines)
        expect(entry.x + textWidth(line, phone.fontSize)).toBeLessThanOrEqual(phone.width);
  });

  it("finishes with no room at all, placing no marks", () => {
    const scene = layoutSensors(
      data,
      { show: ["video", "sensors"], connected: true },
      { width: 120, height: 60, fontSize: 26 },
    );
    expect(count(scene)).toBe(0);
    expect(layoutSensors(data, { show: ["video"] }, zoomedPhone).markSize).toBeGreaterThan(0);
  });
});

describe("sensors draw", () => {
  it("draws feeds as dots, sensors as squares and the hub when connected", () => {
    const svg = drawn(chart, data, { show: ["video", "sensors"], connected: true });
    expect(unitCount(svg.querySelector("path.sensor-marks.unit-dots")?.getAttribute("d"))).toBe(97);
    expect(unitCount(svg.querySelector("path.sensor-marks.unit-squares")?.getAttribute("d"))).toBe(94);
    expect(unitCount(svg.querySelector("path.links")?.getAttribute("d"))).toBe(191);
    expect(svg.querySelector("text.hub-label")?.textContent).toBe("一網統管");
    expect(svg.querySelectorAll("text.legend-label.is-shown")).toHaveLength(2);
  });

  it("is idempotent: drawing the same state twice leaves the same SVG", () => {
    const [before, after] = redrawn(chart, data, { show: ["video"] }, { show: ["video", "sensors"], connected: true });
    expect(after).toBe(before);
  });
});
