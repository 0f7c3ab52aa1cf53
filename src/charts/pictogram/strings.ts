import { chartStrings } from "../kit/chartStrings.ts";

/** The pictogram chart's own words; `{name}` slots are filled by its spec. */
export const pictogramStrings = chartStrings({
  "zh-hant": {
    describe: "單位圖。{focus}{panels}。",
    /** A panel in words: its figure, what it counts, its note and items. */
    panel: "，",
    panels: "。",
    items: "、",
    columns: { what: "項目", figure: "數字", note: "說明" },
  },
  en: {
    describe: "Pictogram. {focus}{panels}.",
    panel: ", ",
    panels: ". ",
    items: "; ",
    columns: { what: "What", figure: "Figure", note: "Note" },
  },
});
