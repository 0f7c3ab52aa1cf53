import { chartStrings } from "../kit/chartStrings.ts";

/** The locator map's own words; `{name}` slots are filled by its spec. */
export const locatorStrings = chartStrings({
  "zh-hant": {
    province: "浙江省地圖",
    zoomed: "放大至{region}的地圖",
    highlighted: "突出顯示：{regions}。",
    place: "圓點標示{place}的位置。",
    estuary: "{place}在鰲江入海口南岸，對岸是鰲江鎮。",
    /** The estuary view's names, north to south. */
    across: "鰲江鎮（對岸）",
    mouth: "鰲江入海口",
    onBank: "{place}（南岸）",
    columns: { place: "地點", onMap: "地圖上" },
    dot: "圓點",
    outline: "地級市邊界",
    nameOnly: "只標名稱，位置依{place}而定",
    latitude: "{place}：北緯",
    longitude: "{place}：東經",
    degrees: "度",
  },
  en: {
    province: "Map of Zhejiang province",
    zoomed: "Map zoomed to {region}",
    highlighted: "Highlighted: {regions}. ",
    place: "{place} is marked with a dot.",
    estuary: " {place} is on the south bank of the mouth of the Ao River, with Aojiang town across the water.",
    across: "Aojiang (across the river)",
    mouth: "Mouth of the Ao River",
    onBank: "{place} (south bank)",
    columns: { place: "Place", onMap: "On the map" },
    dot: "dot",
    outline: "prefecture outline",
    nameOnly: "name only, placed relative to {place}",
    latitude: "{place}: latitude (N)",
    longitude: "{place}: longitude (E)",
    degrees: "degrees",
  },
});
