import { describe, expect, it } from "vitest";
import { chartLoaders } from "../../../src/charts/chartLoaders.ts";
import { chartSpecs } from "../../../src/charts/chartSpecs.ts";

describe("chartLoaders", () => {
  it("loads the same chart module the build renders with, for every chart", async () => {
    expect(Object.keys(chartLoaders).sort()).toEqual(Object.keys(chartSpecs).sort());
    for (const [id, load] of Object.entries(chartLoaders)) {
      expect(await load()).toBe(chartSpecs[id]?.chart);
    }
  });
});
