import type { AnyChartSpec } from "./chartSpec.ts";
import { populationSpec } from "./populationSpec.ts";
import { timelineSpec } from "./timelineSpec.ts";
import { hierarchySpec } from "./hierarchySpec.ts";
import { unitsSpec } from "./unitsSpec.ts";
import { sensorsSpec } from "./sensorsSpec.ts";
import { handoverSpec } from "./handoverSpec.ts";
import { growthSpec } from "./growthSpec.ts";
import { slopeSpec } from "./slopeSpec.ts";
import { locatorSpec } from "./locatorSpec.ts";

/** Every chart a scrolly section may name, by id (build side). */
export const chartSpecs: Record<string, AnyChartSpec> = {
  timeline: timelineSpec as unknown as AnyChartSpec,
  population: populationSpec as unknown as AnyChartSpec,
  hierarchy: hierarchySpec as unknown as AnyChartSpec,
  // Pictograms: one chart, a dataset per section.
  departments: unitsSpec("departments") as unknown as AnyChartSpec,
  shares: unitsSpec("shares") as unknown as AnyChartSpec,
  projects: unitsSpec("projects") as unknown as AnyChartSpec,
  sensors: sensorsSpec as unknown as AnyChartSpec,
  handover: handoverSpec as unknown as AnyChartSpec,
  growth: growthSpec as unknown as AnyChartSpec,
  slope: slopeSpec as unknown as AnyChartSpec,
  locator: locatorSpec as unknown as AnyChartSpec,
};

export const chartIds = Object.keys(chartSpecs);
