import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { layoutUnits, units, type UnitsData, type UnitTone } from "../../../src/charts/units.ts";
import { renderSvg } from "../../../src/charts/renderSvg.ts";
import { textWidth } from "../../../src/charts/textWidth.ts";

const tones = (on: number, off: number, tone: UnitTone = "off"): { tone: UnitTone; label: string }[] => [
  ...Array.from({ length: on }, () => ({ tone: "on" as const, label: "" })),
  ...Array.from({ length: off }, () => ({ tone, label: "" })),
];

const data: UnitsData = {
  panels: [
    {
      id: "bosses",
      value: "每4人有一位",
      title: "「老闆」",
      note: "",
      shape: "person",
      columns: 0,
      units: tones(1, 3),
    },
    {
      id: "youth",
      value: "龍港：25%",
      title: "常住人口中14至35歲的青年",
      note: "",
      shape: "person",
      columns: 10,
      units: tones(25, 75),
    },
    {
      id: "many",
      value: "77個",
      title: "項目",
      note: "總投資492.5億元",
      shape: "square",
      columns: 0,
      units: tones(77, 0),
    },
    { id: "few", value: "52個", title: "項目", note: "", shape: "square", columns: 0, units: tones(52, 0) },
    {
      id: "opened",
      value: "同日投用",
      title: "一批重點民生項目，包括：",
      note: "",
      shape: "square",
      columns: 0,
      units: [
        { tone: "on", label: "溫州醫科大學附屬第一醫院龍港院區" },
        { tone: "on", label: "國家圖書館龍港運營館" },
      ],
    },
  ],
};

const phone = { width: 340, height: 380 };

describe("layoutUnits", () => {
  it("draws one unit per entry, only for the panels of the state", () => {
    const scene = layoutUnits(data, { panels: ["youth"] }, phone);
    expect(scene.panels.map((panel) => panel.id)).toEqual(["youth"]);
    expect(scene.units).toHaveLength(100);
    expect(scene.units.filter((unit) => unit.tone === "on")).toHaveLength(25);
  });

  it("lays a hundred units out ten by ten", () => {
    const scene = layoutUnits(data, { panels: ["youth"] }, phone);
    expect(new Set(scene.units.map((unit) => unit.y)).size).toBe(10);
    expect(new Set(scene.units.map((unit) => unit.x)).size).toBe(10);
  });

  it("gives panels side by side the same unit size, so more units take more room", () => {
    const scene = layoutUnits(data, { panels: ["many", "few"] }, phone);
    expect(new Set(scene.units.map((unit) => unit.size)).size).toBe(1);
  });

  it("keeps units and wrapped text inside a phone-width chart, and mutes all but the focus", () => {
    const scene = layoutUnits(data, { panels: ["many", "few"], focus: "few" }, phone);
    for (const unit of scene.units) {
      expect(unit.x - unit.size / 2).toBeGreaterThanOrEqual(0);
      expect(unit.x + unit.size / 2).toBeLessThanOrEqual(phone.width);
      expect(unit.y + unit.size / 2).toBeLessThanOrEqual(phone.height);
    }
    for (const panel of scene.panels)
      for (const line of panel.lines) expect(textWidth(line.text, line.size)).toBeLessThanOrEqual(panel.width + 1);
    expect(scene.panels.map((panel) => panel.muted)).toEqual([true, false]);
  });

  it("lists labelled units one per row with their labels wrapped beside them", () => {
    const scene = layoutUnits(data, { panels: ["opened"] }, phone);
    expect(scene.labels).toHaveLength(2);
    const [first, second] = scene.units;
    expect(first?.x).toBe(second?.x);
    expect(second?.y ?? 0).toBeGreaterThan(first?.y ?? 0);
    for (const label of scene.labels)
      for (const line of label.lines)
        expect(label.x + textWidth(line, scene.fontSize)).toBeLessThanOrEqual(phone.width);
  });
});

describe("units render", () => {
  it("renders people as circles and squares as rects, with their tone as a class", () => {
    const svg = renderSvg(units, data, { panels: ["bosses", "few"] }, { label: "alt" });
    const { document } = parseHTML(`<div>${svg}</div>`);
    expect(document.querySelectorAll("circle.unit-mark")).toHaveLength(4);
    expect(document.querySelectorAll("circle.unit-mark.tone-on")).toHaveLength(1);
    expect(document.querySelectorAll("rect.unit-mark")).toHaveLength(52);
    expect([...document.querySelectorAll("tspan.panel-value")].map((node) => node.textContent)).toEqual([
      "每4人有一位",
      "52個",
    ]);
  });

  it("is idempotent: drawing the same state twice leaves the same SVG", () => {
    const { document } = parseHTML("<html><body></body></html>");
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg") as unknown as SVGSVGElement;
    const size = { width: 640, height: 440 };
    units.draw(svg, data, { panels: ["youth", "bosses"] }, size, { animate: false });
    const first = svg.outerHTML;
    units.draw(svg, data, { panels: ["opened"] }, size, { animate: false });
    units.draw(svg, data, { panels: ["youth", "bosses"] }, size, { animate: false });
    expect(svg.outerHTML).toBe(first);
  });
});
