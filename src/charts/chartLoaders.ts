import type { Chart } from "./chartTypes.ts";

/**
 * Every chart module by id, loaded on demand so a page ships only the charts it shows.
 * Keep in step with `chartSpecs.ts`; a unit test checks both list the same ids.
 */
export const chartLoaders: Record<string, () => Promise<Chart<unknown, unknown>>> = {
  timeline: () => import("./timeline.ts").then((module) => module.timeline as Chart<unknown, unknown>),
  population: () => import("./population.ts").then((module) => module.population as Chart<unknown, unknown>),
  hierarchy: () => import("./hierarchy.ts").then((module) => module.hierarchy as Chart<unknown, unknown>),
  departments: () => import("./units.ts").then((module) => module.units as Chart<unknown, unknown>),
  shares: () => import("./units.ts").then((module) => module.units as Chart<unknown, unknown>),
  projects: () => import("./units.ts").then((module) => module.units as Chart<unknown, unknown>),
  sensors: () => import("./sensors.ts").then((module) => module.sensors as Chart<unknown, unknown>),
  handover: () => import("./handover.ts").then((module) => module.handover as Chart<unknown, unknown>),
  growth: () => import("./growth.ts").then((module) => module.growth as Chart<unknown, unknown>),
  slope: () => import("./slope.ts").then((module) => module.slope as Chart<unknown, unknown>),
  locator: () => import("./locator.ts").then((module) => module.locator as Chart<unknown, unknown>),
};
