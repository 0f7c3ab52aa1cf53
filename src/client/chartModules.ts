import type { Chart } from "../charts/chartTypes.ts";

/**
 * Every chart module, found by file name (`<module>/chart.ts`, each exporting `chart`) and loaded on
 * demand, so a page ships only the charts it shows and a new chart needs no list kept by hand.
 */
const modules = import.meta.glob<Chart<unknown, unknown>>("../charts/*/chart.ts", { import: "chart" });

/** Loads a chart by name (`data-module` on its section), or fails naming the ones there are. */
export function loadChart(module: string): Promise<Chart<unknown, unknown>> {
  const load = modules[`../charts/${module}/chart.ts`];
  if (!load) {
    const known = Object.keys(modules).map((path) => path.split("/")[2]);
    return Promise.reject(new Error(`No chart module "${module}"; there are: ${known.join(", ")}`));
  }
  return load();
}
