import type { AnyChartSpec, ChartSpec } from "./chartSpec.ts";
import { growthSpec } from "../growth/spec.ts";
import { handoverSpec } from "../handover/spec.ts";
import { hierarchySpec } from "../hierarchy/spec.ts";
import { locatorSpec } from "../locator/spec.ts";
import { pictogramSpec } from "../pictogram/spec.ts";
import { populationSpec } from "../population/spec.ts";
import { sensorsSpec } from "../sensors/spec.ts";
import { slopeSpec } from "../slope/spec.ts";
import { timelineSpec } from "../timeline/spec.ts";

/**
 * The registry's one cast. A spec's data and state types are erased here, once, so specs of different
 * charts can sit in one table; they meet again only through the spec itself: the build parses every
 * step's state with `stateSchema` and hands the chart only the data its own `load` produced.
 */
function register<Data, State>(spec: ChartSpec<Data, State>): AnyChartSpec {
  return spec as unknown as AnyChartSpec;
}

/** Every chart a scrolly section may name, by id: the one entry point for the build, the CSVs and previews. */
export const chartSpecs: Record<string, AnyChartSpec> = {
  timeline: register(timelineSpec),
  population: register(populationSpec),
  hierarchy: register(hierarchySpec),
  // Pictograms: one chart, a dataset per section.
  "town-building": register(pictogramSpec("town-building")),
  departments: register(pictogramSpec("departments")),
  shares: register(pictogramSpec("shares")),
  projects: register(pictogramSpec("projects")),
  sensors: register(sensorsSpec),
  handover: register(handoverSpec),
  growth: register(growthSpec),
  slope: register(slopeSpec),
  locator: register(locatorSpec),
};
