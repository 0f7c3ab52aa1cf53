/**
 * Words that OpenCC's character conversion (Traditional, Taiwan variants → mainland Simplified)
 * gets wrong for a mainland reader, with the form that reader expects. The conversion maps
 * characters, not vocabulary, so these are the words whose mainland form is another word.
 * tests/unit/i18n/toSimplified.test.ts proves that the plain conversion misses each one.
 */
export const simplifiedFixes: readonly (readonly [traditional: string, simplified: string])[] = [
  // Vocabulary: the mainland word differs from the Traditional one, not just its characters.
  ["甚麼", "什么"],
  // Taiwan says QR碼 (the Traditional edition's word); the mainland says 二维码.
  ["QR碼", "二维码"],
  // Taiwan words the Traditional edition uses (src/i18n/taiwanWords.ts), and the mainland's own.
  ["感測器", "传感器"],
  ["錄影監控", "视频监控"],
  ["合約", "合同"],
  ["統計標準", "统计口径"],
  ["連結", "链接"],
  ["網址列", "地址栏"],
  ["列印", "打印"],
  ["全螢幕", "全屏"],
  ["螢幕", "屏幕"],
  ["簡報模式", "演示模式"],
  // Taiwan's word for slides; on the mainland 简报 is a news brief. After 簡報模式, which it would split.
  ["簡報", "幻灯片"],
  ["講者檢視", "演讲者视图"],
  ["圖表資料", "图表数据"],
  ["想像", "想象"],
  // The teacher's pages: computer words that differ across the strait.
  ["數據檔", "数据文件"],
  ["檔案", "文件"],
  ["試算表", "电子表格"],
  ["視訊", "视频"],
  // Taiwan's words for a motorway interchange and for news reporting.
  ["交流道", "互通"],
  // Taiwan calls investment and building projects 投資案 and 建設案; the mainland says 项目.
  ["投資案", "项目"],
  ["建設案", "项目"],
  // Taiwan's word for a metre; the mainland says 米.
  ["公尺", "米"],
  ["報導", "报道"],
  // Mainland typography uses curly quotation marks, not corner brackets.
  ["「", "“"],
  ["」", "”"],
  ["『", "‘"],
  ["』", "’"],
];
