import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { cadreMarks, hierarchy, layoutHierarchy, type HierarchyData } from "../../../src/charts/hierarchy.ts";
import { renderSvg } from "../../../src/charts/renderSvg.ts";
import { textWidth } from "../../../src/charts/textWidth.ts";

const data: HierarchyData = {
  tiers: [
    { id: "top", countyLabel: "縣", longgangLabel: "龍港市", removedLabel: null, units: null },
    { id: "town", countyLabel: "鄉鎮、街道", longgangLabel: null, removedLabel: "不設鄉鎮、街道", units: null },
    {
      id: "community",
      countyLabel: "村、社區",
      longgangLabel: "社區",
      removedLabel: null,
      units: { count: 102, label: "社區：102個" },
    },
    {
      id: "grid",
      countyLabel: "網格",
      longgangLabel: "網格",
      removedLabel: null,
      units: { count: 469, label: "網格：469個" },
    },
  ],
  cadres: { share: 70, caption: "一個大圓點代表一成市級機關幹部：70%下沉社區、進駐網格。" },
  unitsCaption: "一個方塊是一個社區，一個圓點是一個網格。",
};

const phone = { width: 340, height: 380 };

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

  it("places one mark per community and grid inside its band, only when asked", () => {
    expect(layoutHierarchy(data, { structure: "longgang" }, phone).units).toHaveLength(0);
    const scene = layoutHierarchy(data, { structure: "longgang", units: true }, phone);
    expect(scene.units.filter((unit) => unit.tier === "community")).toHaveLength(102);
    expect(scene.units.filter((unit) => unit.tier === "grid")).toHaveLength(469);
    for (const unit of scene.units) {
      const band = scene.bands.find((candidate) => candidate.id === unit.tier);
      if (!band) throw new Error(`no band for ${unit.tier}`);
      expect(unit.x).toBeGreaterThanOrEqual(band.x);
      expect(unit.x).toBeLessThanOrEqual(band.x + band.width);
      expect(unit.y).toBeGreaterThan(band.y);
      expect(unit.y).toBeLessThan(band.y + band.height);
      expect(unit.size).toBeGreaterThanOrEqual(2);
    }
  });

  it("moves the cadres' share of marks down to the communities and grids", () => {
    const scene = layoutHierarchy(data, { structure: "longgang", units: true, cadres: true }, phone);
    expect(scene.cadres).toHaveLength(cadreMarks);
    const moved = scene.cadres.filter((cadre) => cadre.moved);
    expect(moved).toHaveLength(7);
    const grid = scene.bands.at(-1);
    for (const cadre of moved) expect(cadre.y).toBeLessThan(grid?.y ?? 0);
    for (const cadre of moved) expect(cadre.y).toBeGreaterThan(scene.bands[2]?.y ?? Infinity);
    expect(scene.caption?.id).toBe("cadres");
  });

  it("keeps bands, labels and the caption inside a phone-width chart", () => {
    for (const state of [
      { structure: "county" as const },
      { structure: "longgang" as const, units: true, cadres: true },
    ]) {
      const scene = layoutHierarchy(data, state, phone);
      for (const band of scene.bands) {
        expect(band.x).toBeGreaterThanOrEqual(0);
        expect(band.x + band.width).toBeLessThanOrEqual(phone.width);
        expect(band.y + band.height).toBeLessThanOrEqual(phone.height);
        expect(textWidth(band.label, scene.fontSize)).toBeLessThanOrEqual(band.width - 16);
      }
      for (const line of scene.caption?.lines ?? [])
        expect(textWidth(line, scene.fontSize)).toBeLessThanOrEqual(phone.width);
    }
  });
});

describe("hierarchy render", () => {
  it("renders a band per tier, the removed one marked, and marks for units and cadres", () => {
    const svg = renderSvg(hierarchy, data, { structure: "longgang", units: true, cadres: true }, { label: "alt" });
    const { document } = parseHTML(`<div>${svg}</div>`);
    expect(document.querySelectorAll("rect.tier")).toHaveLength(4);
    expect(document.querySelector("rect.tier.is-removed")?.getAttribute("data-key")).toBe("town");
    expect(document.querySelectorAll("rect.unit")).toHaveLength(102);
    expect(document.querySelectorAll("circle.unit")).toHaveLength(469);
    expect(document.querySelectorAll("circle.cadre.is-moved")).toHaveLength(7);
    expect(document.querySelector("text.caption")?.textContent).toContain("70%");
  });

  it("is idempotent: drawing the same state twice leaves the same SVG", () => {
    const { document } = parseHTML("<html><body></body></html>");
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg") as unknown as SVGSVGElement;
    const size = { width: 640, height: 440 };
    hierarchy.draw(svg, data, { structure: "longgang", units: true }, size, { animate: false });
    const first = svg.outerHTML;
    hierarchy.draw(svg, data, { structure: "county" }, size, { animate: false });
    hierarchy.draw(svg, data, { structure: "longgang", units: true }, size, { animate: false });
    expect(svg.outerHTML).toBe(first);
  });
});
