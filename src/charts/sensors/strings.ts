import { chartStrings } from "../kit/chartStrings.ts";

/** The sensors chart's own words; `{name}` slots are filled by its spec. */
export const sensorsStrings = chartStrings({
  "zh-hant": {
    describe: "點陣圖，{scale}。圖中：{shown}。{connected}",
    none: "尚無記號",
    connected: "全部接入同一平台：{hub}。",
    columns: { what: "項目", marks: "圖中記號" },
  },
  en: {
    describe: "A field of marks. {scale}. Shown: {shown}.{connected}",
    none: "none",
    connected: " All are wired to one view: {hub}.",
    columns: { what: "What", marks: "Marks drawn" },
  },
});
