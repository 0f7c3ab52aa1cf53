import { chartStrings } from "../kit/chartStrings.ts";

/** The timeline's own words; `{name}` slots are filled by its spec. */
export const timelineStrings = chartStrings({
  "zh-hant": {
    describe: "時間軸：{from}年至{to}年。{focus}標出的事件：{events}。",
    focus: "焦點：{event}。",
    event: "{date}，{title}",
    columns: { date: "日期", event: "事件" },
  },
  en: {
    describe: "Timeline from {from} to {to}. {focus}Events shown: {events}.",
    focus: "Highlighted: {event}. ",
    event: "{date}, {title}",
    columns: { date: "Date", event: "Event" },
  },
});
