import { describe, expect, it } from "vitest";
import { cadreMarks, chart, layoutHierarchy, type HierarchyData } from "../../../../src/charts/hierarchy/chart.ts";
import { textWidth } from "../../../../src/charts/kit/textWidth.ts";
import { drawn, phone, redrawn, unitCount, zoomedPhone } from "../fixtures.ts";

const data: HierarchyData = {
  tiers: [
    { id: "top", countyLabel: "縣", longgangLabel: "龍港市", removedLabel: null, units: null },
    { id: "town", countyLabel: "鄉鎮、街道", longgangLabel: null, removedLabel: "不設鄉鎮、街道", units: null },
    {
      id: "community",
      countyLabel: "村、社區",
      longgangLabel: "社區",
      removedLabel: null,
      units: { count: 102, label: "社區：102個", shape: "square" },
    },
    {
      id: "grid",
      countyLabel: "網格",
      longgangLabel: "網格",
      removedLabel: null,
      units: { count: 469, label: "網格：469個", shape: "dot" },
    },
  ],
  cadres: { share: 70, caption: "一個大圓點代表一成市級機關幹部：70%下沉社區、進駐網格。" },
  unitsCaption: "一個方塊是一個社區，一個圓點是一個網格。",
};

const all = { structure: "longgang" as const, units: true, cadres: true };

describe("layoutHierarchy", () => {
  it("draws the usual county as four full bands, widening downward", () => {
    const scene = layoutHierarchy(data, { structure: "county" }, phone);
    expect(scene.bands.map((band) => band.label)).toEqual(["縣", "鄉鎮、街道", "村、社區", "網格"]);
    expect(scene.bands.some((band) => band.removed)).toBe(false);
    const widths = scene.bands.map((band) => band.width);
    expect([...widths].sort((a, b) => a - b)).toEqual(widths);
    expect(scene.connectors).toHaveLength(3);
  });

  it("folds the middle tier into a thin dashed gap that the city's line crosses", () => {
    const county = layoutHierarchy(data, { structure: "county" }, phone);
    const flat = layoutHierarchy(data, { structure: "longgang" }, phone);
    const town = flat.bands.find((band) => band.id === "town");
    expect(town?.removed).toBe(true);
    expect(town?.label).toBe("不設鄉鎮、街道");
    expect(town?.height).toBeLessThan((county.bands[1]?.height ?? 0) / 2);
    expect(flat.bands[0]?.label).toBe("龍港市");
    expect(flat.connectors.map((connector) => connector.id)).toEqual(["top-community", "community-grid"]);
  });

  it("draws a tier's units as one path, one mark each, only when asked", () => {
    expect(layoutHierarchy(data, { structure: "longgang" }, phone).units).toHaveLength(0);
    const scene = layoutHierarchy(data, { structure: "longgang", units: true }, phone);
    expect(scene.units.map((group) => [group.id, group.shape, unitCount(group.path)])).toEqual([
      ["community", "square", 102],
      ["grid", "dot", 469],
    ]);
    for (const group of scene.units) {
      const band = scene.bands.find((candidate) => candidate.id === group.id);
      if (!band) throw new Error(`no band for ${group.id}`);
      for (const [, x, y] of group.path.matchAll(/M([\d.]+) ([\d.]+)/g)) {
        expect(Number(x)).toBeGreaterThanOrEqual(band.x);
        expect(Number(x)).toBeLessThanOrEqual(band.x + band.width);
        expect(Number(y)).toBeGreaterThanOrEqual(band.y);
        expect(Number(y)).toBeLessThanOrEqual(band.y + band.height);
      }
    }
  });

  it("moves the cadres' share of marks down to the communities and grids", () => {
    const scene = layoutHierarchy(data, all, phone);
    expect(scene.cadres).toHaveLength(cadreMarks);
    const moved = scene.cadres.filter((cadre) => cadre.moved);
    expect(moved).toHaveLength(7);
    const grid = scene.bands.at(-1);
    for (const cadre of moved) expect(cadre.y).toBeLessThan(grid?.y ?? 0);
    for (const cadre of moved) expect(cadre.y).toBeGreaterThan(scene.bands[2]?.y ?? Infinity);
    expect(scene.caption?.id).toBe("cadres");
  });

  it("keeps bands, labels and the caption inside a phone-width chart", () => {
    for (const state of [{ structure: "county" as const }, all]) {
      const scene = layoutHierarchy(data, state, phone);
      for (const band of scene.bands) {
        expect(band.x).toBeGreaterThanOrEqual(0);
        expect(band.x + band.width).toBeLessThanOrEqual(phone.width);
        expect(band.y + band.height).toBeLessThanOrEqual(phone.height);
        expect(textWidth(band.label, phone.fontSize, "bold")).toBeLessThanOrEqual(band.width);
      }
      for (const line of scene.caption?.lines ?? [])
        expect(textWidth(line, phone.fontSize)).toBeLessThanOrEqual(phone.width);
    }
  });

  it("never draws a negative size, even with text at 200% in a small box", () => {
    for (const size of [zoomedPhone, { width: 200, height: 120, fontSize: 30 }]) {
      const scene = layoutHierarchy(data, all, size);
      for (const band of scene.bands) {
        expect(band.width).toBeGreaterThanOrEqual(0);
        expect(band.height).toBeGreaterThanOrEqual(0);
      }
      for (const group of scene.units) expect(group.size).toBeGreaterThanOrEqual(0);
    }
  });
});

describe("hierarchy draw", () => {
  it("draws a band per tier, the removed one marked, and marks for units and cadres", () => {
    const svg = drawn(chart, data, all);
    expect(svg.querySelectorAll("rect.tier")).toHaveLength(4);
    expect(svg.querySelector("rect.tier.is-removed")?.getAttribute("data-key")).toBe("town");
    expect(unitCount(svg.querySelector("path.unit-squares")?.getAttribute("d"))).toBe(102);
    expect(unitCount(svg.querySelector("path.unit-dots")?.getAttribute("d"))).toBe(469);
    expect(svg.querySelectorAll("circle.cadre.is-moved")).toHaveLength(7);
    expect(svg.querySelector("text.caption")?.textContent).toContain("70%");
  });

  it("is idempotent: drawing the same state twice leaves the same SVG", () => {
    const [before, after] = redrawn(chart, data, { structure: "longgang", units: true }, { structure: "county" });
    expect(after).toBe(before);
  });
});
