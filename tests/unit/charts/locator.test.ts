import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { layoutLocator, locator, type LocatorData } from "../../../src/charts/locator.ts";
import { renderSvg } from "../../../src/charts/renderSvg.ts";

const data: LocatorData = {
  regions: [
    {
      id: "north",
      label: "北市",
      path: "M0,0L100,0L100,100Z",
      labelAt: [50, 40],
      bounds: [
        [0, 0],
        [100, 100],
      ],
    },
    {
      id: "south",
      label: "南市",
      path: "M0,100L100,100L100,300Z",
      labelAt: [60, 200],
      bounds: [
        [0, 100],
        [100, 300],
      ],
    },
  ],
  place: { id: "town", label: "鎮", at: [70, 250] },
};

describe("layoutLocator", () => {
  it("fits the province, then zooms to a region", () => {
    const size = { width: 400, height: 400 };
    const province = layoutLocator(data, { view: "province" }, size);
    const south = layoutLocator(data, { view: "south" }, size);
    expect(south.transform.k).toBeGreaterThan(province.transform.k);
    const placeY = province.transform.y + province.transform.k * 250;
    expect(placeY).toBeLessThanOrEqual(400);
  });

  it("names only highlighted regions in the province view and hides the place until asked", () => {
    const scene = layoutLocator(data, { view: "province", highlight: ["south"] }, { width: 400, height: 400 });
    expect(scene.labels.map((label) => label.visible)).toEqual([false, true]);
    expect(scene.place.visible).toBe(false);
    expect(layoutLocator(data, { view: "province", showPlace: true }, { width: 400, height: 400 }).place.visible).toBe(
      true,
    );
  });

  it("keeps the place's name inside a narrow chart", () => {
    const longName = { ...data, place: { ...data.place, label: "龍港鎮的中心" } };
    const scene = layoutLocator(longName, { view: "south", showPlace: true }, { width: 120, height: 300 });
    expect(scene.place.anchor).toBe("end");
  });
});

describe("locator render", () => {
  it("draws every region, marks the highlight and the place", () => {
    const svg = renderSvg(locator, data, { view: "province", highlight: ["north"], showPlace: true }, { label: "alt" });
    const { document } = parseHTML(`<div>${svg}</div>`);
    expect(document.querySelectorAll("path.region")).toHaveLength(2);
    expect(document.querySelector("path.region.is-highlight")?.getAttribute("data-key")).toBe("north");
    expect(document.querySelector("g.place text")?.textContent).toBe("鎮");
    expect(document.querySelector("g.layer-map")?.getAttribute("transform")).toMatch(/^translate\(.+\) scale\(.+\)$/);
  });
});
