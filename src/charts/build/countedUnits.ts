import type { LocalizedText } from "../../schemas/localized.ts";

/**
 * What a chart's count figures count, by fact id: a CSV's unit column names the thing counted
 * (cameras, firms, communities), never a bare "count" or 個. Every count a chart shows needs an
 * entry; chartCsv refuses one that has none.
 */
export const countedUnits: Record<string, LocalizedText> = {
  "days-first-growth": { "zh-hant": "天", en: "days" },
  "enterprises-600-days": { "zh-hant": "鎮辦企業（家）", en: "town enterprises" },
  "households-600-days": { "zh-hant": "家庭和個體工商戶（戶）", en: "household and individual businesses" },
  "schools-first-year": { "zh-hant": "學校（所）", en: "schools" },
  communities: { "zh-hant": "社區（個）", en: "communities" },
  grids: { "zh-hant": "網格（個）", en: "grids" },
  "former-village-units": { "zh-hant": "村居（個）", en: "village and residential units" },
  "party-government-departments": { "zh-hant": "黨政部門（個）", en: "departments" },
  "party-departments": { "zh-hant": "黨委部門（個）", en: "departments" },
  "government-departments": { "zh-hant": "政府部門（個）", en: "departments" },
  "public-institutions": { "zh-hant": "事業單位（個）", en: "public institutions" },
  "residents-per-boss": { "zh-hant": "人（每位「老闆」）", en: "people per “boss”" },
  "major-projects": { "zh-hant": "項目（個）", en: "projects" },
  "projects-started": { "zh-hant": "項目（個）", en: "projects" },
  "video-feeds": { "zh-hant": "監控影像（路）", en: "camera feeds" },
  "iot-sensors": { "zh-hant": "物聯感知端（個）", en: "sensors" },
  "functions-transferred": { "zh-hant": "政府職能事項（個）", en: "government functions" },
  "partner-social-organisations": { "zh-hant": "社會組織（家）", en: "social organisations" },
  "partner-enterprises": { "zh-hant": "企業、事業單位（家）", en: "enterprises and public institutions" },
  "partner-colleges": { "zh-hant": "院校（所）", en: "colleges" },
  "registered-businesses": { "zh-hant": "在冊經營主體（家）", en: "registered businesses" },
  "businesses-2019-derived": { "zh-hant": "在冊經營主體（家）", en: "registered businesses" },
  "youth-age-from": { "zh-hant": "歲", en: "years of age" },
  "youth-age-to": { "zh-hant": "歲", en: "years of age" },
  "enterprises-above-size": { "zh-hant": "企業（家）", en: "firms" },
};
