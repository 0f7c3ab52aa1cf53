import { describe, expect, it } from "vitest";
import { chart, layoutPictogram, type PictogramData, type UnitTone } from "../../../../src/charts/pictogram/chart.ts";
import { textWidth } from "../../../../src/charts/kit/textWidth.ts";
import { fitLayout } from "../../../../src/charts/kit/defineChart.ts";
import { drawn, phone, redrawn, unitCount, zoomedPhone } from "../fixtures.ts";

const tones = (on: number, off: number, tone: UnitTone = "off"): { tone: UnitTone; label: string }[] => [
  ...Array.from({ length: on }, () => ({ tone: "on" as const, label: "" })),
  ...Array.from({ length: off }, () => ({ tone, label: "" })),
];

const data: PictogramData = {
  panels: [
    { id: "bosses", value: "每4人有一位", title: "「老闆」", note: "", shape: "dot", columns: 0, units: tones(1, 3) },
    {
      id: "youth",
      value: "龍港：25%",
      title: "常住人口中14至35歲的青年",
      note: "",
      shape: "dot",
      columns: 10,
      units: tones(25, 75),
    },
    {
      id: "province",
      value: "浙江：22%",
      title: "全省平均",
      note: "",
      shape: "dot",
      columns: 10,
      units: tones(22, 78),
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

/** Every unit's centre, from the panels' paths, in the chart's coordinates. */
const centres = (scene: ReturnType<typeof layoutPictogram>) =>
  scene.panels.flatMap((panel) =>
    panel.units.flatMap((group) =>
      [...group.path.matchAll(/M([\d.-]+) ([\d.-]+)/g)].map(([, x, y]) => ({
        x: Number(x) + (group.shape === "square" ? group.size / 2 : 0),
        y: Number(y) + (group.shape === "square" ? group.size / 2 : 0),
        size: group.size,
        tone: group.tone,
      })),
    ),
  );

describe("layoutPictogram", () => {
  it("draws one unit per entry, grouped by tone, only for the panels of the state", () => {
    const scene = layoutPictogram(data, { panels: ["youth"] }, phone);
    expect(scene.panels.map((panel) => panel.id)).toEqual(["youth"]);
    expect(scene.panels[0]?.units.map((group) => [group.tone, unitCount(group.path)])).toEqual([
      ["on", 25],
      ["off", 75],
    ]);
  });

  it("lays a hundred units out ten by ten", () => {
    const units = centres(layoutPictogram(data, { panels: ["youth"] }, phone));
    expect(new Set(units.map((unit) => unit.y.toFixed(1))).size).toBe(10);
    expect(new Set(units.map((unit) => unit.x.toFixed(1))).size).toBe(10);
  });

  it("gives panels side by side the same unit size, so more units take more room", () => {
    const scene = layoutPictogram(data, { panels: ["many", "few"] }, phone);
    expect(new Set(scene.panels.flatMap((panel) => panel.units.map((group) => group.size))).size).toBe(1);
  });

  it("sets side-by-side figures at one size that fits each column, so they never run into each other", () => {
    const scene = layoutPictogram(data, { panels: ["youth", "province"] }, { width: 300, height: 380, fontSize: 15 });
    const values = scene.panels.flatMap((panel) =>
      panel.text.filter((text) => text.classes?.includes("block-value")).map((text) => ({ panel, text })),
    );
    expect(values).toHaveLength(2);
    expect(new Set(values.map(({ text }) => text.size)).size).toBe(1);
    for (const { panel, text } of values)
      for (const line of text.lines) expect(textWidth(line, text.size, "bold")).toBeLessThanOrEqual(panel.width + 0.01);
  });

  it("keeps units and wrapped text inside a phone-width chart, and mutes all but the focus", () => {
    const scene = layoutPictogram(data, { panels: ["many", "few"], focus: "few" }, phone);
    for (const unit of centres(scene)) {
      expect(unit.x - unit.size / 2).toBeGreaterThanOrEqual(0);
      expect(unit.x + unit.size / 2).toBeLessThanOrEqual(phone.width);
      expect(unit.y + unit.size / 2).toBeLessThanOrEqual(phone.height);
    }
    for (const panel of scene.panels)
      for (const text of panel.text)
        for (const line of text.lines) expect(textWidth(line, text.size)).toBeLessThanOrEqual(panel.width + 1);
    expect(scene.panels.map((panel) => panel.muted)).toEqual([true, false]);
  });

  it("lists labelled units one per row with their labels wrapped beside them", () => {
    const scene = layoutPictogram(data, { panels: ["opened"] }, phone);
    const panel = scene.panels[0];
    expect(panel?.labels).toHaveLength(2);
    const [first, second] = centres(scene);
    expect(first?.x).toBe(second?.x);
    expect(second?.y ?? 0).toBeGreaterThan(first?.y ?? 0);
    for (const label of panel?.labels ?? [])
      for (const line of label.lines)
        expect(label.x + textWidth(line, phone.fontSize)).toBeLessThanOrEqual(phone.width);
  });

  it("asks for the room of a list's wrapped labels, so that its rows never overlap once fitted", () => {
    const longLabels: PictogramData = {
      ...data,
      panels: data.panels.map((panel) => ({
        ...panel,
        units: panel.units.map((unit) => ({
          ...unit,
          label: unit.label && "Longgang campus of the First Affiliated Hospital",
        })),
      })),
    };
    const narrow = { width: 300, height: 200, fontSize: 26 };
    const { scene } = fitLayout(layoutPictogram, longLabels, { panels: ["opened"] }, narrow);
    const labels = scene.panels[0]?.labels ?? [];
    const lineHeight = scene.lineHeight;
    for (const [index, label] of labels.slice(1).entries()) {
      const above = labels[index];
      if (!above) throw new Error("no label above");
      expect(label.y).toBeGreaterThanOrEqual(above.y + above.lines.length * lineHeight - 0.01);
    }
  });

  it("never draws a negative size with text at 200%", () => {
    for (const panels of [["youth", "province"], ["opened"], ["many", "few"]]) {
      const scene = layoutPictogram(data, { panels }, zoomedPhone);
      for (const panel of scene.panels) {
        expect(panel.width).toBeGreaterThanOrEqual(0);
        for (const group of panel.units) expect(group.size).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe("pictogram draw", () => {
  it("draws people as dots and things as squares, with their tone as a class", () => {
    const svg = drawn(chart, data, { panels: ["bosses", "few"] });
    expect(unitCount(svg.querySelector("path.unit-dots.tone-on")?.getAttribute("d"))).toBe(1);
    expect(unitCount(svg.querySelector("path.unit-dots.tone-off")?.getAttribute("d"))).toBe(3);
    expect(unitCount(svg.querySelector("path.unit-squares.tone-on")?.getAttribute("d"))).toBe(52);
    expect([...svg.querySelectorAll("text.block-value")].map((node) => node.textContent)).toEqual([
      "每4人有一位",
      "52個",
    ]);
  });

  it("is idempotent: drawing the same state twice leaves the same SVG", () => {
    const [before, after] = redrawn(chart, data, { panels: ["youth", "bosses"] }, { panels: ["opened"] });
    expect(after).toBe(before);
  });
});
