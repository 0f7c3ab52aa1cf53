import type { Locale } from "./locales.ts";

/** Interface strings, one table per edition, so no template hard-codes a language. */
const strings = {
  "zh-hant": {
    siteTitle: "龍港：從漁村到城市",
    siteStandfirst:
      "鰲江口南岸的幾個村落，1984年由農民自己出錢蓋成一座城；2019年，它成為中國第一個由鎮改設的縣級市。七章，從1868年的渡口講到今天。",
    chapters: "章節",
    chapter: "第{n}章",
    readingTime: "約{n}分鐘",
    sources: "資料來源",
    sourcesIntro: "本章每個數字與日期的出處。引文為原文摘錄。",
    previous: "上一章",
    next: "下一章",
    backToCover: "回到封面",
    skipToContent: "跳到正文",
    dataTable: "圖表資料（表格）",
    downloadCsv: "下載 CSV",
    figureOf: "圖：",
    source: "來源",
    passage: "原文",
    usedFor: "用於",
    derived: "推算",
    trust: { OFF: "官方", STATE: "官方媒體", PRESS: "報刊", WIKI: "維基百科" },
    chooseLanguage: "選擇語言",
    suggestedLanguage: "依您的瀏覽器語言，建議閱讀：",
    progress: "閱讀進度",
  },
} as const satisfies Partial<Record<Locale, unknown>>;

export type UiStrings = (typeof strings)["zh-hant"];

export function ui(locale: Locale): UiStrings {
  const table: UiStrings | undefined = (strings as Partial<Record<Locale, UiStrings>>)[locale];
  if (!table) throw new Error(`No interface strings for edition "${locale}"`);
  return table;
}

/** Fills `{name}` placeholders; a missing value is a programming error, so it throws. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`No value for {${key}} in "${template}"`);
    return String(value);
  });
}
