import { z } from "zod";
import { ContentError } from "../../story/contentError.ts";
import { requireFact } from "../../story/facts.ts";
import { loadJsonRecords } from "../../story/loadJsonRecords.ts";
import { fill } from "../../i18n/fill.ts";
import { localize } from "../../i18n/localize.ts";
import { decimalYear, formatDate } from "../../i18n/formatDate.ts";
import type { Fact } from "../../schemas/fact.ts";
import { localizedText } from "../../schemas/localized.ts";
import type { ChartSpec } from "../build/chartSpec.ts";
import { chartStrings } from "../build/chartStrings.ts";
import { commonStrings } from "../build/commonStrings.ts";
import { dataRecord } from "../build/dataRecord.ts";
import { idCheck } from "../build/idCheck.ts";
import { factRef, recordId } from "../build/fields.ts";
import { chart, isShown, type TimelineData, type TimelineState } from "./chart.ts";
import strings from "./strings.json" with { type: "json" };

const file = "content/data/timeline.json";

const eventSchema = z.strictObject({
  /** Stable id that step states name in `focus`. */
  id: recordId,
  /** Id of the date fact (content/data/facts.json) that places the event. */
  fact: factRef,
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

const loadEvents = () => loadJsonRecords("timeline.json", eventSchema);

function dateFact(facts: Map<string, Fact>, event: z.infer<typeof eventSchema>) {
  const fact = requireFact(facts, event.fact, file);
  if (fact.kind !== "date")
    throw new ContentError(file, undefined, `event "${event.id}": fact "${fact.id}" is not a date`);
  return fact;
}

export const timelineSpec: ChartSpec<TimelineData, TimelineState> = {
  chart,
  stateSchema,
  load(locale, facts) {
    return {
      events: loadEvents().map((event) => {
        const fact = dateFact(facts, event);
        return {
          id: event.id,
          at: decimalYear(fact.date),
          dateLabel: formatDate(fact.date, locale),
          title: localize(event.title, locale),
        };
      }),
    };
  },
  check: idCheck<TimelineData, TimelineState>("events", ["focus"], `an event in ${file}`),
  describe(data, state, locale) {
    const words = chartStrings(strings, locale);
    const event = (shown: TimelineData["events"][number]) =>
      fill(words.event, { date: shown.dateLabel, title: shown.title });
    const focus = data.events.find((shown) => shown.id === state.focus);
    return fill(words.describe, {
      from: state.from,
      to: state.to,
      focus: focus ? fill(words.focus, { event: event(focus) }) : "",
      events: data.events
        .filter((shown) => isShown(shown, state))
        .map(event)
        .join(commonStrings(locale).list),
    });
  },
  records(locale, facts) {
    return loadEvents().map((event) =>
      dataRecord(dateFact(facts, event), locale, { label: localize(event.title, locale) }),
    );
  },
  factIds() {
    return loadEvents().map((event) => event.fact);
  },
};
