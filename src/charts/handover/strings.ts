import { chartStrings } from "../kit/chartStrings.ts";

/** The handover chart's own words; `{name}` slots are filled by its spec. */
export const handoverStrings = chartStrings({
  "zh-hant": {
    describe: "流向圖：{source}（{note}）轉交承接單位。{shown}{width}。",
    shown: "圖中：{partners}。",
    none: "尚未畫出流向。",
    columns: { partner: "承接單位", count: "數目" },
  },
  en: {
    describe: "Flow from the government ({source}, {note}) to the bodies that took them on. {shown} {width}.",
    shown: "Shown: {partners}.",
    none: "No ribbons yet.",
    columns: { partner: "Taken on by", count: "Number" },
  },
});
