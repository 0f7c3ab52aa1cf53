import type { Locale } from "./locales.ts";
import { toSimplified } from "./toSimplified.ts";
export { fill } from "./fill.ts";

/** Interface strings, one table per edition, so no template hard-codes a language. */
const strings = {
  "zh-hant": {
    siteTitle: "龍港：從漁村到城市",
    /** The site's name after a page's own title in the browser tab: "Chapter title｜龍港". */
    titleSuffix: "｜龍港",
    siteStandfirst:
      "鰲江口南岸的幾個村落，1984年由農民自己出錢蓋成一座城；2019年，它成為中國第一個由鎮改設的縣級市。七章，從1868年的渡口講到今天。",
    chapters: "章節",
    contents: "目錄",
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
    trust: { OFF: "官方", STATE: "官方媒體", PRESS: "報刊", WIKI: "維基百科", UNMARKED: "未註明可信度" },
    chooseLanguage: "選擇語言",
    suggestedLanguage: "依您的瀏覽器語言，建議閱讀：",
    progress: "閱讀進度",
    languages: "語言",
    shareStep: "複製本步連結",
    linkCopied: "已複製連結：{url}",
    linkInAddressBar: "無法複製；本步連結已顯示在網址列。",
    qrCaption: "掃描二維碼，在手機上打開本章",
    handout: "講義版：全文一頁，可列印",
    handoutTitle: "講義版",
    handoutDescription: "全部章節合成一頁，附每一步的圖表、資料來源與二維碼，可直接列印或存成 PDF。",
    storyQrCaption: "掃描二維碼，在手機上閱讀本故事",
    present: "簡報模式",
    slideCounter: "第{n}張，共{total}張",
    previousSlide: "上一張",
    nextSlide: "下一張",
    exitPresentation: "回到閱讀",
    fullscreen: "全螢幕",
    presenterView: "講者檢視",
    notes: "備註",
    noNotes: "本張沒有備註。",
    elapsed: "已用時間：{time}",
    upNext: "下一張",
    discussion: "課堂討論",
    endOfChapter: "本章完",
  },
  en: {
    siteTitle: "Longgang: from fishing village to city",
    titleSuffix: " | Longgang",
    siteStandfirst:
      "In 1984, farmers on the south bank of the Ao River paid to build a town of their own. In 2019 it became the first town in China to be made a county-level city. Seven chapters, from a ferry landing of 1868 to today.",
    chapters: "Chapters",
    contents: "Contents",
    chapter: "Chapter {n}",
    readingTime: "{n} min read",
    sources: "Sources",
    sourcesIntro:
      "Where every figure and date in this chapter comes from, with the passage quoted in its original language.",
    previous: "Previous",
    next: "Next",
    backToCover: "Back to the cover",
    skipToContent: "Skip to content",
    dataTable: "Chart data (table)",
    downloadCsv: "Download CSV",
    figureOf: "Figure: ",
    source: "Source",
    passage: "Passage",
    usedFor: "Used for",
    derived: "Derived",
    trust: { OFF: "official", STATE: "state media", PRESS: "press", WIKI: "Wikipedia", UNMARKED: "unrated" },
    chooseLanguage: "Choose a language",
    suggestedLanguage: "Suggested for your browser's language:",
    progress: "Reading progress",
    languages: "Language",
    shareStep: "Copy link to this step",
    linkCopied: "Link copied: {url}",
    linkInAddressBar: "Could not copy; the link to this step is now in the address bar.",
    qrCaption: "Scan to open this chapter on a phone",
    handout: "Handout: the whole story on one page, to print",
    handoutTitle: "Handout",
    handoutDescription:
      "Every chapter on one page, with each step's chart, the sources and QR codes: print it or save it as a PDF.",
    storyQrCaption: "Scan to read the story on a phone",
    present: "Present",
    slideCounter: "Slide {n} of {total}",
    previousSlide: "Previous slide",
    nextSlide: "Next slide",
    exitPresentation: "Back to reading",
    fullscreen: "Full screen",
    presenterView: "Presenter view",
    notes: "Notes",
    noNotes: "No notes for this slide.",
    elapsed: "Elapsed: {time}",
    upNext: "Up next",
    discussion: "For discussion",
    endOfChapter: "End of chapter",
  },
} as const;

type StringTable<T> = { [K in keyof T]: T[K] extends string ? string : StringTable<T[K]> };
export type UiStrings = StringTable<(typeof strings)["zh-hant"]>;

function mapStrings<T>(table: T, convert: (text: string) => string): T {
  return Object.fromEntries(
    Object.entries(table as Record<string, unknown>).map(([key, value]) => [
      key,
      typeof value === "string" ? convert(value) : mapStrings(value, convert),
    ]),
  ) as T;
}

/** The Simplified edition's strings are converted from the Traditional ones, not kept by hand. */
const tables: Record<Locale, UiStrings> = {
  "zh-hant": strings["zh-hant"],
  "zh-hans": mapStrings<UiStrings>(strings["zh-hant"], toSimplified),
  en: strings.en,
};

export function ui(locale: Locale): UiStrings {
  return tables[locale];
}
