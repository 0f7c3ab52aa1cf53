import { z } from "zod";
import { localizedText } from "../schemas/localized.ts";
import { loadJsonRecords } from "../data/loadJsonRecords.ts";
import { requireFact } from "../data/facts.ts";
import { ContentError } from "../data/contentError.ts";
import { localize } from "../i18n/localize.ts";
import { formatNumber } from "../lib/formatNumber.ts";
import type { ChartSpec } from "./chartSpec.ts";
import { fillFacts, placeholderFacts } from "./fillFacts.ts";
import { growth, type GrowthData, type GrowthState } from "./growth.ts";

const file = "content/data/growth.json";

const recordSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("bar"),
    /** Stable id that step states name in `show`. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Id of the count fact the bar shows; a fact with a `derivation` is drawn as derived. */
    fact: z.string().min(1),
    category: localizedText,
  }),
  z.strictObject({
    kind: z.literal("rate"),
    /** Id of the percent fact of yearly growth. */
    fact: z.string().min(1),
    /** Id of the claim fact behind the second line. */
    note: z.string().min(1),
    /** On the arrow; `{fact-id}` placeholders are filled from facts. */
    label: localizedText,
    noteLabel: localizedText,
  }),
  z.strictObject({
    kind: z.literal("labels"),
    /** What the value axis counts. */
    axis: localizedText,
    /** The tag on a derived bar. */
    derived: localizedText,
  }),
]);

const stateSchema = z.strictObject({
  show: z.array(z.string().min(1)).min(1),
  rate: z.boolean().optional(),
});

function loadRecords() {
  return loadJsonRecords("growth.json", recordSchema);
}

export const growthSpec: ChartSpec<GrowthData, GrowthState> = {
  chart: growth,
  stateSchema,
  load(locale, facts) {
    const records = loadRecords();
    const rate = records.find((record) => record.kind === "rate");
    const labels = records.find((record) => record.kind === "labels");
    if (!rate || !labels) throw new ContentError(file, undefined, 'add one "rate" and one "labels" record');
    return {
      locale,
      axisLabel: localize(labels.axis, locale),
      derivedLabel: localize(labels.derived, locale),
      rateLabel: fillFacts(localize(rate.label, locale), facts, locale, file),
      rateNote: localize(rate.noteLabel, locale),
      bars: records.flatMap((record) => {
        if (record.kind !== "bar") return [];
        const fact = requireFact(facts, record.fact, file);
        if (fact.kind !== "number" || fact.unit !== "count")
          throw new ContentError(file, undefined, `bar "${record.id}": fact "${fact.id}" is not a count`);
        return [
          {
            id: record.id,
            category: localize(record.category, locale),
            value: fact.value,
            valueLabel: formatNumber(fact.value, "count", locale, fact.qualifier),
            derived: fact.derivation !== undefined,
          },
        ];
      }),
    };
  },
  check(data, state) {
    const ids = data.bars.map((bar) => bar.id);
    const unknown = state.show.find((id) => !ids.includes(id));
    if (unknown) return `"${unknown}" is not a bar in ${file}; use one of: ${ids.join(", ")}`;
    if (state.rate && state.show.length < 2) return "`rate: true` needs at least two bars in `show`";
    return null;
  },
  describe(data, state, locale) {
    const shown = data.bars.filter((bar) => state.show.includes(bar.id));
    const list = shown.map((bar) =>
      locale === "en"
        ? `${bar.category}: ${bar.valueLabel}${bar.derived ? ` (${data.derivedLabel})` : ""}`
        : `${bar.category}：${bar.valueLabel}${bar.derived ? `（${data.derivedLabel}）` : ""}`,
    );
    if (locale === "en")
      return `Bar chart of ${data.axisLabel.toLowerCase()}. ${list.join("; ")}.${state.rate ? ` ${data.rateLabel}, ${data.rateNote}.` : ""}`;
    return `柱狀圖：${data.axisLabel}。${list.join("；")}。${state.rate ? `${data.rateLabel}，${data.rateNote}。` : ""}`;
  },
  table(data, locale) {
    return {
      columns: locale === "en" ? ["Year", "Registered businesses", "Note"] : ["年份", "在冊經營主體", "說明"],
      rows: data.bars.map((bar) => [bar.category, bar.valueLabel, bar.derived ? data.derivedLabel : ""]),
    };
  },
  factIds() {
    return loadRecords().flatMap((record) => {
      if (record.kind === "bar") return [record.fact];
      if (record.kind === "rate") return [record.fact, record.note, ...placeholderFacts(record.label["zh-hant"])];
      return [];
    });
  },
};
