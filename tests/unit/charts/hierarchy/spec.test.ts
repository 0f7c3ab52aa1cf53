import { describe, expect, it } from "vitest";
import { hierarchySpec } from "../../../../src/charts/hierarchy/spec.ts";
import { loadFacts } from "../../../../src/story/facts.ts";

const facts = loadFacts();
const data = hierarchySpec.load("zh-hant", facts);

describe("hierarchySpec", () => {
  it("takes the unit counts and the cadres' share from their facts", () => {
    const community = data.tiers.find((tier) => tier.id === "community");
    const grid = data.tiers.find((tier) => tier.id === "grid");
    expect(community?.units?.count).toBe(102);
    expect(grid?.units?.count).toBe(469);
    expect(data.cadres.share).toBe(70);
    expect(data.unitsCaption).toContain("199");
  });

  it("names exactly one tier that Longgang does without", () => {
    expect(data.tiers.filter((tier) => tier.longgangLabel === null).map((tier) => tier.id)).toEqual(["town"]);
  });

  it("lists every fact it shows, each of them defined", () => {
    const ids = hierarchySpec.factIds();
    expect(ids).toEqual(
      expect.arrayContaining([
        "communities",
        "grids",
        "former-village-units",
        "cadres-in-communities",
        "no-towns-subdistricts",
      ]),
    );
    for (const id of ids) expect(facts.has(id)).toBe(true);
  });

  it("describes each state in words, in both editions", () => {
    expect(hierarchySpec.describe(data, { structure: "county" }, "zh-hant")).toContain("鄉鎮、街道");
    const flat = hierarchySpec.describe(data, { structure: "longgang", units: true }, "zh-hant");
    expect(flat).toContain("不設鄉鎮、街道");
    expect(flat).toContain("102");
    const english = hierarchySpec.load("en", facts);
    expect(hierarchySpec.describe(english, { structure: "longgang", cadres: true }, "en")).toContain("70%");
  });

  it("rejects states that are not plain structure names", () => {
    expect(hierarchySpec.stateSchema.safeParse({ structure: "city" }).success).toBe(false);
    expect(hierarchySpec.stateSchema.safeParse({ structure: "longgang", units: true }).success).toBe(true);
  });
});
