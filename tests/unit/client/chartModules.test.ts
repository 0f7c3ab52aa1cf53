import { describe, expect, it } from "vitest";
import { loadChart } from "../../../src/client/chartModules.ts";
import { chartSpecs } from "../../../src/charts/build/chartSpecs.ts";

describe("loadChart", () => {
  it("finds, by file name, the same chart module the build renders with, for every chart", async () => {
    for (const [id, spec] of Object.entries(chartSpecs)) expect(await loadChart(spec.chart.name), id).toBe(spec.chart);
  });

  it("fails on an unknown module, naming the ones there are", async () => {
    await expect(loadChart("pie")).rejects.toThrow(/No chart module "pie"; there are: .*timeline/);
  });
});
