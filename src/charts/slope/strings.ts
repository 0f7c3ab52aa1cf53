import { chartStrings } from "../kit/chartStrings.ts";

/** The slope chart's own words; `{name}` slots are filled by its spec. */
export const slopeStrings = chartStrings({
  "zh-hant": {
    describe: "斜率圖：{axis}。{points}。{equal}{note}",
    equal: "縱軸延伸至{label}。",
    columns: { when: "時間", ratio: "比值" },
  },
  en: {
    describe: "Slope chart: {axis}. {points}.{equal} {note}",
    equal: " The axis reaches down to 1 ({label}).",
    columns: { when: "When", ratio: "Ratio" },
  },
});
