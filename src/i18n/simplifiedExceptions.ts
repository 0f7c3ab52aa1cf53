/**
 * Phrases OpenCC's Traditional → mainland conversion (twp → cn) gets wrong in this story,
 * with the form a mainland reader expects. Each was found by converting the story and
 * reading the result; tests/unit/i18n/toSimplified.test.ts checks every entry.
 */
export const simplifiedExceptions: readonly (readonly [traditional: string, simplified: string])[] = [
  // 埠 is a landing here, not a computer "port" (端口).
  ["勝利埠", "胜利埠"],
  // "Sources" of a story, not a "data source" (数据源).
  ["資料來源", "资料来源"],
  // Place names, people's names and the motto, pinned so no phrase rule can touch them.
  ["龍港", "龙港"],
  ["鰲江", "鳌江"],
  ["方岩", "方岩"],
  ["甌南", "瓯南"],
  ["蒼南", "苍南"],
  ["陳定模", "陈定模"],
  ["王芳", "王芳"],
  ["大部制、扁平化、低成本、高效率", "大部制、扁平化、低成本、高效率"],
  // Mainland typography uses curly quotation marks, not corner brackets.
  ["「", "“"],
  ["」", "”"],
  ["『", "‘"],
  ["』", "’"],
];
