import { chartStrings } from "../kit/chartStrings.ts";

/** The growth chart's own words; `{name}` slots are filled by its spec. */
export const growthStrings = chartStrings({
  "zh-hant": {
    describe: "柱狀圖：{axis}。{bars}。{rate}",
    rate: "{label}，{note}。",
    /** The tag under a derived bar's figure. */
    derivedTag: "（{label}）",
    /** A figure with its tag, in sentences. */
    tagged: "{value}{tag}",
    columns: { year: "年份", value: "在冊經營主體", note: "說明" },
  },
  en: {
    describe: "Bar chart: {axis}. {bars}.{rate}",
    rate: " {label}, {note}.",
    derivedTag: "({label})",
    tagged: "{value} {tag}",
    columns: { year: "Year", value: "Registered businesses", note: "Note" },
  },
});
