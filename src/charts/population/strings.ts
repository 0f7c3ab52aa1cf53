import { chartStrings } from "../kit/chartStrings.ts";

/** The population chart's own words; `{name}` slots are filled by its spec. */
export const populationStrings = chartStrings({
  "zh-hant": {
    describe: "龍港人口柱狀圖。{focus}{bars}。",
    qualified: "{qualifier}{value}",
    columns: { year: "年份", population: "人口" },
  },
  en: {
    describe: "Bar chart of Longgang’s population. {focus}{bars}.",
    qualified: "{qualifier} {value}",
    columns: { year: "Year", population: "Population" },
  },
});
