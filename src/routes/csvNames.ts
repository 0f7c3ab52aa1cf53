/**
 * Each chart's data download, named by what it holds rather than by the chart that draws it, so a
 * file in a student's downloads folder says what is in it: /<edition>/data/<name>.csv.
 */
export const csvNames: Record<string, string> = {
  timeline: "longgang-timeline",
  population: "population",
  "town-building": "first-enterprises-and-schools",
  hierarchy: "communities-and-grids",
  departments: "departments-and-staffing",
  shares: "bosses-spending-and-young-people",
  projects: "major-projects",
  sensors: "cameras-and-sensors",
  handover: "functions-handed-over",
  growth: "registered-businesses",
  slope: "urban-rural-income-ratio",
  locator: "longgang-location",
};

/** The file name of a chart's CSV (`registered-businesses.csv`); an unnamed chart is a build error. */
export function csvName(chart: string): string {
  const name = csvNames[chart];
  if (!name) throw new Error(`chart "${chart}" has no CSV name; add it to src/routes/csvNames.ts`);
  return `${name}.csv`;
}
