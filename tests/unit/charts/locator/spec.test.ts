import { describe, expect, it } from "vitest";
import { locatorSpec, parseCoordinates } from "../../../../src/charts/locator/spec.ts";
import { loadFacts } from "../../../../src/story/facts.ts";

const data = locatorSpec.load("zh-hant", loadFacts());

describe("locatorSpec", () => {
  it("parses coordinates as the source writes them", () => {
    const [longitude, latitude] = parseCoordinates("27°34′55″N 120°32′56″E");
    expect(latitude).toBeCloseTo(27.582, 3);
    expect(longitude).toBeCloseTo(120.549, 3);
  });

  it("projects Zhejiang's prefectures and puts Longgang inside Wenzhou's box", () => {
    expect(data.regions).toHaveLength(11);
    const wenzhou = data.regions.find((region) => region.id === "wenzhou");
    expect(wenzhou?.label).toBe("溫州市");
    const [x, y] = data.place.at;
    expect(x).toBeGreaterThanOrEqual(wenzhou?.bounds[0][0] ?? Infinity);
    expect(x).toBeLessThanOrEqual(wenzhou?.bounds[1][0] ?? -Infinity);
    expect(y).toBeGreaterThanOrEqual(wenzhou?.bounds[0][1] ?? Infinity);
    expect(y).toBeLessThanOrEqual(wenzhou?.bounds[1][1] ?? -Infinity);
  });

  it("checks views and highlights against the regions", () => {
    expect(locatorSpec.check(data, { view: "wenzhou", highlight: ["wenzhou"] })).toBeNull();
    expect(locatorSpec.check(data, { view: "atlantis" })).toMatch(/view "atlantis"/);
    expect(locatorSpec.check(data, { view: "province", highlight: ["atlantis"] })).toMatch(/unknown regions: atlantis/);
  });

  it("says what the map shows", () => {
    expect(locatorSpec.describe(data, { view: "province", highlight: ["wenzhou"], showPlace: true }, "zh-hant")).toBe(
      "浙江省地圖。突出顯示：溫州市。圓點標示龍港的位置。",
    );
    expect(
      locatorSpec.describe(
        data,
        { view: "wenzhou", highlight: ["wenzhou"], showPlace: true, estuary: true },
        "zh-hant",
      ),
    ).toContain("鰲江入海口南岸");
  });

  it("words the estuary's sketch in each edition, the ferry's length from its fact, and asks for the dot", () => {
    expect(data.estuary).toEqual({
      across: "鰲江鎮",
      mouth: "鰲江入海口",
      place: "龍港",
      ferry: "渡船航程約1000公尺",
      note: "局部示意圖，未按比例",
      north: "北",
    });
    const english = locatorSpec.load("en", loadFacts());
    expect(english.estuary.ferry).toBe("Ferry, about 1,000 metres");
    expect(locatorSpec.load("zh-hans", loadFacts()).estuary.note).toBe("局部示意图，未按比例");
    expect(locatorSpec.load("zh-hans", loadFacts()).estuary.ferry).toBe("渡船航程约1000米");
    expect(locatorSpec.describe(english, { view: "wenzhou", showPlace: true, estuary: true }, "en")).toContain(
      "a ferry crossing of about 1,000 metres between them",
    );
    expect(locatorSpec.factIds()).toContain("ferry-crossing-length");
    expect(locatorSpec.check(data, { view: "wenzhou", estuary: true })).toMatch(/showPlace/);
  });

  it("downloads the place's coordinates as numbers", () => {
    const [latitude, longitude] = locatorSpec.records("en", loadFacts());
    expect(latitude?.value).toBeCloseTo(27.582, 3);
    expect(longitude?.value).toBeCloseTo(120.549, 3);
  });
});
