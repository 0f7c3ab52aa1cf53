import type { AnyChartSpec } from "./chartSpec.ts";
import { populationSpec } from "./populationSpec.ts";
import { timelineSpec } from "./timelineSpec.ts";

/** Every chart a scrolly section may name, by id (build side). */
export const chartSpecs: Record<string, AnyChartSpec> = {
  timeline: timelineSpec as unknown as AnyChartSpec,
  population: populationSpec as unknown as AnyChartSpec,
};

export const chartIds = Object.keys(chartSpecs);
