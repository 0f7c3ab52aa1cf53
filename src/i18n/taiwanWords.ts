/**
 * Words that are Hong Kong or mainland forms, not Taiwan's, with the form the Traditional edition
 * uses instead. The edition is tagged zh-Hant-TW, so its readers expect Taiwan's standard; the
 * mainland forms come back by themselves in the Simplified edition (OpenCC and simplifiedFixes).
 * tests/unit/i18n/taiwanWords.test.ts holds every hand-written Traditional text to this list.
 */
export const taiwanWords: readonly (readonly [avoid: string, use: string])[] = [
  ["甚麼", "什麼"],
  ["着", "著"],
  ["錄得", "記錄到（或改寫句子）"],
  ["派發", "發放"],
  ["視頻", "影片、錄影"],
  ["傳感器", "感測器"],
  ["二維碼", "QR碼、條碼"],
  ["合同", "合約"],
  ["口徑", "統計標準"],
  ["招引落地", "招商引資（或改寫句子）"],
  ["信息", "資訊"],
  ["網絡", "網路"],
  ["質量", "品質"],
  ["軟件", "軟體"],
  ["打印", "列印"],
  ["屏幕", "螢幕"],
  ["鏈接", "連結"],
  ["默認", "預設"],
  ["智能", "智慧"],
  ["攝像頭", "攝影機、監視器"],
  ["大巴", "巴士"],
  ["出租車", "計程車"],
];
