import { z } from "zod";
import { localizedText } from "../schemas/localized.ts";
import { loadJsonRecords } from "../data/loadJsonRecords.ts";
import { requireFact } from "../data/facts.ts";
import { ContentError } from "../data/contentError.ts";
import { decimalYear, formatDate } from "../lib/formatDate.ts";
import type { Locale } from "../i18n/locales.ts";
import { localize } from "../i18n/localize.ts";
import type { ChartSpec } from "./chartSpec.ts";
import { isShown, timeline, type TimelineData, type TimelineState } from "./timeline.ts";

const file = "content/data/timeline.json";

const eventSchema = z.strictObject({
  /** Stable id that step states name in `focus`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Id of the date fact (content/data/facts.json) that places the event. */
  fact: z.string().min(1),
  /** Short title shown in the callout. */
  title: localizedText,
});

const year = z.number().int().min(1800).max(2100);

const stateSchema = z
  .strictObject({
    from: year,
    to: year,
    upTo: year,
    focus: z.string().optional(),
  })
  .refine((state) => state.from < state.to, "`from` must be before `to`");

function loadEvents() {
  return loadJsonRecords("timeline.json", eventSchema);
}

export const timelineSpec: ChartSpec<TimelineData, TimelineState> = {
  chart: timeline,
  stateSchema,
  load(locale, facts) {
    return {
      events: loadEvents().map((event) => {
        const fact = requireFact(facts, event.fact, file);
        if (fact.kind !== "date")
          throw new ContentError(file, undefined, `event "${event.id}": fact "${fact.id}" is not a date`);
        return {
          id: event.id,
          at: decimalYear(fact.date),
          dateLabel: formatDate(fact.date, locale),
          title: localize(event.title, locale),
        };
      }),
    };
  },
  check(data, state) {
    if (state.focus && !data.events.some((event) => event.id === state.focus))
      return `focus "${state.focus}" is not an event in ${file}; use one of: ${data.events.map((event) => event.id).join(", ")}`;
    return null;
  },
  describe(data, state, locale) {
    const shown = data.events.filter((event) => isShown(event, state));
    const focus = data.events.find((event) => event.id === state.focus);
    const focusText = focus ? describeFocus(focus.dateLabel, focus.title, locale) : "";
    const list = shown.map((event) => `${event.dateLabel}${separator(locale)}${event.title}`).join(listJoiner(locale));
    return locale === "en"
      ? `Timeline from ${state.from} to ${state.to}. ${focusText}Events shown: ${list}.`
      : `時間軸：${state.from}年至${state.to}年。${focusText}標出的事件：${list}。`;
  },
  table(data, locale) {
    return {
      columns: locale === "en" ? ["Date", "Event"] : ["日期", "事件"],
      rows: data.events.map((event) => [event.dateLabel, event.title]),
    };
  },
  factIds() {
    return loadEvents().map((event) => event.fact);
  },
};

function describeFocus(date: string, title: string, locale: Locale): string {
  return locale === "en" ? `Highlighted: ${date}, ${title}. ` : `焦點：${date}，${title}。`;
}

function separator(locale: Locale): string {
  return locale === "en" ? ", " : "，";
}

function listJoiner(locale: Locale): string {
  return locale === "en" ? "; " : "；";
}
