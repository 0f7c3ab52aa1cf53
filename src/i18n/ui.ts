import type { Locale } from "./locales.ts";
import { forEdition } from "./forEdition.ts";
export { fill } from "./fill.ts";

/** Interface strings, one table per edition, so no template hard-codes a language. */
const strings = {
  "zh-hant": {
    siteTitle: "龍港：從漁村到城市",
    /** The site's name after a page's own title in the browser tab: "Chapter title｜龍港". */
    titleSuffix: "｜龍港",
    siteStandfirst:
      "鰲江口南岸的幾個村落，從1984年起由農民自己出錢建成一座城；2019年，它成為中國第一個由特大鎮改設的縣級市。七章，從1868年的渡口講到今天。",
    chapters: "章節",
    contents: "目錄",
    chapter: "第{n}章",
    readingTime: "約{n}分鐘",
    sources: "資料來源",
    sourcesIntro: "本章的數字、日期和說法出自以下來源，按正文首次引用的次序編號。引文是原報道的文字。",
    /** A source mark's accessible name: the number and the publisher. */
    citeLabel: "來源{n}：{publisher}",
    previous: "上一章",
    next: "下一章",
    backToCover: "回到封面",
    skipToContent: "跳到正文",
    dataTable: "圖表資料（表格）",
    downloadCsv: "下載 CSV",
    figureOf: "圖：",
    source: "來源",
    derived: "推算",
    chooseLanguage: "選擇語言",
    suggestedLanguage: "根據您的瀏覽器語言，建議閱讀：",
    progress: "閱讀進度",
    languages: "語言",
    shareStep: "複製本步連結",
    linkCopied: "已複製連結：{url}",
    linkInAddressBar: "無法複製；本步連結已顯示在網址列。",
    openStep: "在章節中打開這一步",
    coverLinks: "課堂資源",
    qrCaption: "掃描QR碼，在手機上打開本章",
    handout: "講義版：全文一頁，可列印",
    handoutTitle: "講義版",
    handoutDescription: "全部章節合成一頁，附每一步的圖表、資料來源與QR碼，可直接列印或另存為 PDF。",
    storyQrCaption: "掃描QR碼，在手機上閱讀本故事",
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
    howSure: "我們有多確定？",
    endOfChapter: "本章完",
    /** The teacher's guide and the student worksheet. */
    teach: {
      guide: "教師指南：課堂計劃、討論與數據活動",
      guideLink: "教師指南：這些問題的教學備註",
      classroom: "課堂資源",
      worksheetLink: "學生學習單（可列印）",
      objectives: "學習目標",
      objectivesLead: "完成本課後，學生能夠：",
      plans: "教學計劃",
      minutes: "{n}分鐘",
      slides: "簡報",
      discussion: "討論題與教師備註",
      discussionLead: "每章一題，供課堂討論，並說明好的答案會用到什麼，附出處。",
      activity: "數據活動",
      downloads: "下載數據：",
      expected: "預期結果",
      derivedMark: "（推算）",
      sources: "本指南引用的資料來源",
      guideQrCaption: "掃描QR碼，在手機或平板上打開本指南和其中的簡報連結",
      name: "姓名",
      class: "班級",
      date: "日期",
      questions: "問題",
      seeChapter: "參看第{n}章",
      dataAt: "數據：",
      chapterQrs: "用手機打開各章",
    },
    glossary: "詞彙表",
    /** "Save for offline": the button stores the whole edition in the browser, for a class without network. */
    saveOffline: "儲存整個版本供離線閱讀（{size}）",
    saveOfflineProgress: "正在儲存：{percent}%",
    saveOfflineDone: "已儲存：沒有網路也能閱讀這個版本的每一章。",
    saveOfflineFailed: "儲存未完成，請在有網路時再試一次。",
    glossaryIntro: "讀懂龍港的改革要用到的詞語。各章第一次用到這些詞時，都連到這裡。",
    glossaryDescription: "縣級市、街道、社區、網格、大部制、扁平化等詞語的解釋，並連到故事裡用到它們的地方。",
    glossaryUsedIn: "見於：",
    glossarySourcesIntro: "詞彙表的數字、日期和說法出自以下來源，按首次引用的次序編號。引文是原報道的文字。",
  },
  en: {
    siteTitle: "Longgang: from fishing village to city",
    titleSuffix: " | Longgang",
    siteStandfirst:
      "In 1984, farmers on the south bank of the Ao River paid to build a town of their own. In 2019 it became the first mega-town in China to be made a county-level city. Seven chapters, from a ferry landing of 1868 to today.",
    chapters: "Chapters",
    contents: "Contents",
    chapter: "Chapter {n}",
    readingTime: "{n} min read",
    sources: "Sources",
    sourcesIntro:
      "Where this chapter’s figures, dates and statements come from, numbered in the order the text first cites them. Quotations are the publication’s own words, in Chinese.",
    citeLabel: "Source {n}: {publisher}",
    previous: "Previous",
    next: "Next",
    backToCover: "Back to the cover",
    skipToContent: "Skip to content",
    dataTable: "Chart data (table)",
    downloadCsv: "Download CSV",
    figureOf: "Figure: ",
    source: "Source",
    derived: "Derived",
    chooseLanguage: "Choose a language",
    suggestedLanguage: "Suggested for your browser’s language:",
    progress: "Reading progress",
    languages: "Language",
    shareStep: "Copy link to this step",
    linkCopied: "Link copied: {url}",
    linkInAddressBar: "Could not copy; the link to this step is now in the address bar.",
    openStep: "Open this step in the chapter",
    coverLinks: "For the classroom",
    qrCaption: "Scan to open this chapter on a phone",
    handout: "Handout: the whole story on one page, to print",
    handoutTitle: "Handout",
    handoutDescription:
      "Every chapter on one page, with each step’s chart, the sources and QR codes: print it or save it as a PDF.",
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
    howSure: "How sure are we?",
    endOfChapter: "End of chapter",
    /** The teacher's guide and the student worksheet. */
    teach: {
      guide: "Teacher’s guide: lesson plans, discussion and a data activity",
      guideLink: "Teacher’s guide: notes on these questions",
      classroom: "For the classroom",
      worksheetLink: "Student worksheet (to print)",
      objectives: "Learning objectives",
      objectivesLead: "By the end, students will be able to:",
      plans: "Lesson plans",
      minutes: "{n} min",
      slides: "Slides",
      discussion: "Discussion questions and notes",
      discussionLead:
        "One question for each chapter, for the class to discuss, with what a good answer draws on and its sources.",
      activity: "Data activity",
      downloads: "Data to download: ",
      expected: "Expected result",
      derivedMark: " (derived)",
      sources: "Sources cited in this guide",
      guideQrCaption: "Scan to open this guide and its links to the slides on a phone or tablet",
      name: "Name",
      class: "Class",
      date: "Date",
      questions: "Questions",
      seeChapter: "See chapter {n}",
      dataAt: "Data: ",
      chapterQrs: "Open the chapters on a phone",
    },
    glossary: "Glossary",
    /** "Save for offline": the button stores the whole edition in the browser, for a class without network. */
    saveOffline: "Save this edition for offline reading ({size})",
    saveOfflineProgress: "Saving: {percent}%",
    saveOfflineDone: "Saved: every chapter of this edition reads without a network.",
    saveOfflineFailed: "Saving did not finish. Try again while online.",
    glossaryIntro:
      "The terms you need to follow Longgang’s reform. Each chapter links a term here the first time it uses it.",
    glossaryDescription:
      "County-level city, sub-district, community, grid, big departments, a flat structure and more, explained, with links to where the story uses them.",
    glossaryUsedIn: "Used in: ",
    glossarySourcesIntro:
      "Where the glossary’s figures, dates and statements come from, numbered in the order it first cites them. Quotations are the publication’s own words, in Chinese.",
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
  "zh-hans": mapStrings<UiStrings>(strings["zh-hant"], (text) => forEdition(text, "zh-hans")),
  en: strings.en,
};

export function ui(locale: Locale): UiStrings {
  return tables[locale];
}
