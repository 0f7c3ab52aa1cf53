import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { layoutSensors, sensors, type SensorsData } from "../../../src/charts/sensors.ts";
import { renderSvg } from "../../../src/charts/renderSvg.ts";
import { textWidth } from "../../../src/charts/textWidth.ts";

const data: SensorsData = {
  groups: [
    { id: "video", label: "視頻監控：超過9700路", marks: 97, shape: "circle" },
    { id: "sensors", label: "物聯感知端：近9400個", marks: 94, shape: "square" },
  ],
  scaleLabel: "每個記號代表一百路或一百個；位置僅為示意",
  hubLabel: "一網統管",
};

const phone = { width: 340, height: 380 };

describe("layoutSensors", () => {
  it("fills the field group by group", () => {
    expect(layoutSensors(data, { show: [] }, phone).marks).toHaveLength(0);
    expect(layoutSensors(data, { show: ["video"] }, phone).marks).toHaveLength(97);
    expect(layoutSensors(data, { show: ["video", "sensors"] }, phone).marks).toHaveLength(191);
  });

  it("keeps a mark where it was when more marks arrive", () => {
    const before = layoutSensors(data, { show: ["video"] }, phone).marks;
    const after = layoutSensors(data, { show: ["video", "sensors"] }, phone).marks;
    for (const mark of before) expect(after.find((other) => other.id === mark.id)).toEqual(mark);
  });

  it("scatters marks inside the field, none under the hub or over the legend", () => {
    const scene = layoutSensors(data, { show: ["video", "sensors"], connected: true }, phone);
    const hub = scene.hub;
    if (!hub) throw new Error("no hub");
    for (const mark of scene.marks) {
      expect(mark.x).toBeGreaterThanOrEqual(0);
      expect(mark.x).toBeLessThanOrEqual(phone.width);
      expect(mark.y).toBeGreaterThan(scene.scale.y);
      expect(mark.y).toBeLessThanOrEqual(phone.height);
      const insideHub = mark.x > hub.x && mark.x < hub.x + hub.width && mark.y > hub.y && mark.y < hub.y + hub.height;
      expect(insideHub).toBe(false);
    }
    expect(scene.links).toHaveLength(191);
    for (const entry of scene.legend)
      for (const line of entry.lines) expect(textWidth(line, scene.fontSize)).toBeLessThanOrEqual(phone.width);
  });
});

describe("sensors render", () => {
  it("draws feeds as circles, sensors as squares and the hub when connected", () => {
    const svg = renderSvg(sensors, data, { show: ["video", "sensors"], connected: true }, { label: "alt" });
    const { document } = parseHTML(`<div>${svg}</div>`);
    expect(document.querySelectorAll("circle.sensor")).toHaveLength(97);
    expect(document.querySelectorAll("rect.sensor")).toHaveLength(94);
    expect(document.querySelectorAll("line.link")).toHaveLength(191);
    expect(document.querySelector("g.hub text")?.textContent).toBe("一網統管");
    expect(document.querySelectorAll("g.legend-entry.is-shown")).toHaveLength(2);
  });

  it("is idempotent: drawing the same state twice leaves the same SVG", () => {
    const { document } = parseHTML("<html><body></body></html>");
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg") as unknown as SVGSVGElement;
    const size = { width: 640, height: 440 };
    sensors.draw(svg, data, { show: ["video"] }, size, { animate: false });
    const first = svg.outerHTML;
    sensors.draw(svg, data, { show: ["video", "sensors"], connected: true }, size, { animate: false });
    sensors.draw(svg, data, { show: ["video"] }, size, { animate: false });
    expect(svg.outerHTML).toBe(first);
  });
});
