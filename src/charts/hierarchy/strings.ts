import { chartStrings } from "../kit/chartStrings.ts";

/** The hierarchy chart's own words; `{name}` slots are filled by its spec. */
export const hierarchyStrings = chartStrings({
  "zh-hant": {
    describe: "{whose}的{count}級架構，由上而下：{tiers}。{extras}",
    county: "一般縣",
    longgang: "龍港",
    arrow: "→",
    columns: { tier: "層級", county: "一般縣", longgang: "龍港" },
  },
  en: {
    describe: "{whose} {count}-tier structure, top to bottom: {tiers}. {extras}",
    county: "A usual county’s",
    longgang: "Longgang’s",
    arrow: " → ",
    columns: { tier: "Tier", county: "Usual county", longgang: "Longgang" },
  },
});
