import { describe, expect, it } from "vitest";
import { chart, layoutLocator, type LocatorData } from "../../../../src/charts/locator/chart.ts";
import { textWidth } from "../../../../src/charts/kit/textWidth.ts";
import { drawn, redrawn } from "../fixtures.ts";

const data: LocatorData = {
  regions: [
    {
      id: "north",
      label: "北市",
      path: "M0 0l100 0l0 100z",
      labelAt: [50, 40],
      bounds: [
        [0, 0],
        [100, 100],
      ],
    },
    {
      id: "south",
      label: "南市",
      path: "M0 100l100 0l0 200z",
      labelAt: [60, 200],
      bounds: [
        [0, 100],
        [100, 300],
      ],
    },
  ],
  place: { id: "town", label: "鎮", at: [70, 250] },
  estuary: { across: "對岸鎮", mouth: "江口", place: "鎮", ferry: "渡船約1000米", note: "示意圖", north: "北" },
  ferryLength: "約1000米",
};

const size = { width: 400, height: 400, fontSize: 15 };
const label = (scene: ReturnType<typeof layoutLocator>, id: string) =>
  scene.labels.find((candidate) => candidate.id === id);

describe("layoutLocator", () => {
  it("fits the province, then zooms to a region", () => {
    const province = layoutLocator(data, { view: "province" }, size);
    const south = layoutLocator(data, { view: "south" }, size);
    expect(south.transform.k).toBeGreaterThan(province.transform.k);
    expect(province.place.y).toBeLessThanOrEqual(400);
  });

  it("names only highlighted regions in the province view and hides the place until asked", () => {
    const scene = layoutLocator(data, { view: "province", highlight: ["south"] }, size);
    expect([label(scene, "north")?.visible, label(scene, "south")?.visible]).toEqual([false, true]);
    expect(scene.place.visible).toBe(false);
    expect(layoutLocator(data, { view: "province", showPlace: true }, size).place.visible).toBe(true);
  });

  it("keeps the place's name inside a narrow chart: beside the dot if it fits, else under it", () => {
    const longName = { ...data, place: { ...data.place, label: "龍港鎮的中心" } };
    for (const width of [120, 150, 400]) {
      const scene = layoutLocator(longName, { view: "south", showPlace: true }, { width, height: 300, fontSize: 15 });
      const place = label(scene, "place");
      if (!place) throw new Error("no label");
      const labelWidth = textWidth(place.lines.join(""), place.size, "bold");
      const left =
        place.anchor === "start" ? place.x : place.anchor === "end" ? place.x - labelWidth : place.x - labelWidth / 2;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + labelWidth).toBeLessThanOrEqual(width);
    }
  });

  it("sets the place's name smaller rather than cut it off when it is wider than the map", () => {
    const width = 60;
    const longName = { ...data, place: { ...data.place, label: "龍港鎮的中心" } };
    const scene = layoutLocator(longName, { view: "south", showPlace: true }, { width, height: 300, fontSize: 15 });
    const name = label(scene, "place");
    if (!name) throw new Error("no place label");
    const nameWidth = textWidth(name.lines.join(""), name.size, "bold");
    const left = name.anchor === "start" ? name.x : name.anchor === "end" ? name.x - nameWidth : name.x - nameWidth / 2;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left + nameWidth).toBeLessThanOrEqual(width);
    // With room, it keeps its size.
    expect(label(layoutLocator(longName, { view: "south", showPlace: true }, size), "place")?.size).toBeCloseTo(16.5);
  });

  it("sketches the river mouth in place of the map, only for the estuary: the place south, the town across north", () => {
    expect(layoutLocator(data, { view: "south", showPlace: true }, size).estuary).toBeNull();
    const scene = layoutLocator(data, { view: "south", showPlace: true, estuary: true }, size);
    const [place, across, mouth] = ["place", "across", "mouth"].map((id) => label(scene, id));
    expect(scene.estuary).not.toBeNull();
    expect([place?.visible, across?.visible, mouth?.visible]).toEqual([true, true, true]);
    // The dot moves from the map to the sketch's south bank, its name under it; the town across is north.
    expect([scene.place.x, scene.place.y]).toEqual(scene.estuary?.place);
    expect(place?.y ?? 0).toBeGreaterThan(scene.place.y);
    expect(across?.y ?? Infinity).toBeLessThan(scene.estuary?.across[1] ?? 0);
    expect(
      scene.labels
        .filter((candidate) => candidate.role === "region" || candidate.role === "highlight")
        .some((candidate) => candidate.visible),
    ).toBe(false);
  });

  it("hides a region's name where it would cover the place's name", () => {
    const crowded = {
      ...data,
      regions: data.regions.map((region) => ({ ...region, labelAt: [85, 250] as [number, number] })),
    };
    const scene = layoutLocator(crowded, { view: "south", showPlace: true }, size);
    expect(label(scene, "place")?.visible).toBe(true);
    expect(label(scene, "south")?.visible).toBe(false);
  });
});

describe("locator draw", () => {
  it("draws every region, marks the highlight and the place", () => {
    const svg = drawn(chart, data, { view: "province", highlight: ["north"], showPlace: true });
    expect(svg.querySelectorAll("path.region")).toHaveLength(2);
    expect(svg.querySelector("path.region.is-highlight")?.getAttribute("data-key")).toBe("north");
    expect(svg.querySelector("text.map-label.is-place")?.textContent).toBe("鎮");
    expect(svg.querySelector("g.layer-map")?.getAttribute("transform")).toMatch(/^translate\(.+\) scale\(.+\)$/);
    expect(svg.querySelector("path.water")).toBeNull();
  });

  it("draws the estuary's sketch over the map: land, water, the ferry line and both banks' dots", () => {
    const svg = drawn(chart, data, { view: "south", showPlace: true, estuary: true });
    for (const selector of ["rect.land", "path.water", "path.ferry", "path.north-arrow", "circle.place.is-across"])
      expect(svg.querySelector(selector), selector).not.toBeNull();
    expect(svg.querySelector("text.is-ferry")?.textContent).toBe("渡船約1000米");
  });

  it("is idempotent: drawing the same state twice leaves the same SVG", () => {
    const [before, after] = redrawn(
      chart,
      data,
      { view: "province" },
      { view: "south", showPlace: true, estuary: true },
    );
    expect(after).toBe(before);
  });
});
