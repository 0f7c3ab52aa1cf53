import type { Locale } from "../../i18n/locales.ts";
import { chartStrings } from "./chartStrings.ts";

const tables = {
  "zh-hant": {
    /** A label and its value: 1993：約13.5萬人. */
    pair: "{label}：{value}",
    /** Between the items of a list in a sentence. */
    list: "；",
    /** Between short names (「溫州、麗水」). */
    names: "、",
    /** After a label, before what it introduces (來源：). */
    colon: "：",
    /** A cited work's title. */
    citedTitle: "《{title}》",
    /** The end of a sentence. */
    fullStop: "。",
    /** Between the clauses of a sentence (a date and what happened). */
    clause: "，",
    sentence: "{text}。",
    /** Between sentences. */
    sentences: "",
    aside: "（{text}）",
    highlighted: "焦點：{label}。",
    /** The data table's summary and the figure's source line. */
    dataTable: "{table}：{title}",
    sourceLine: "{source}：{publishers}",
    qualifier: { about: "約", nearly: "近", over: "超過", under: "不到" },
    /** Unit words of the CSV downloads, by the facts' `unit`. */
    unit: {
      people: "人",
      yuan: "元",
      km2: "平方公里",
      metre: "公尺",
      kilometre: "公里",
      count: "個",
      percent: "%",
      ratio: "比值",
      rank: "名次",
      perTenThousand: "每萬人",
      top: "前幾名",
      minute: "分鐘",
    },
    /** A date's unit in the CSV downloads, by its precision: a date says only as much as its source. */
    dateUnit: { year: "年", month: "年-月", day: "年-月-日" },
    csv: { label: "項目", value: "數值", unit: "單位", measure: "統計方式", note: "說明", source: "來源" },
    citation: "{publisher}：{title}",
    dated: "{citation}（{date}）",
    derived: "推算：{arithmetic}",
    /** A derived figure in the data table under a chart; its arithmetic is in the CSV. */
    derivedNote: "推算",
  },
  en: {
    pair: "{label}: {value}",
    list: "; ",
    names: ", ",
    colon: ": ",
    citedTitle: "{title}",
    fullStop: ".",
    clause: ", ",
    sentence: "{text}.",
    sentences: " ",
    aside: " ({text})",
    highlighted: "Highlighted: {label}. ",
    dataTable: "{table}: {title}",
    sourceLine: "{source}: {publishers}",
    qualifier: { about: "about", nearly: "nearly", over: "more than", under: "fewer than" },
    unit: {
      people: "people",
      yuan: "yuan",
      km2: "km²",
      metre: "metres",
      kilometre: "km",
      count: "count",
      percent: "%",
      ratio: "ratio",
      rank: "rank",
      perTenThousand: "per 10,000 people",
      top: "top",
      minute: "minutes",
    },
    csv: { label: "What", value: "Value", unit: "Unit", measure: "Measure", note: "Note", source: "Source" },
    citation: "{publisher}: {title}",
    dated: "{citation} ({date})",
    derived: "derived: {arithmetic}",
    derivedNote: "derived",
    dateUnit: { year: "year", month: "year-month", day: "year-month-day" },
  },
};

/** Words and punctuation every chart's text shares, per edition; `{name}` slots are filled with `fill`. */
export const commonStrings = (locale: Locale) => chartStrings(tables, locale);
