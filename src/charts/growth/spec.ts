import { z } from "zod";
import { ContentError } from "../../data/contentError.ts";
import { loadJsonRecords } from "../../data/loadJsonRecords.ts";
import { fill } from "../../i18n/fill.ts";
import { localize } from "../../i18n/localize.ts";
import { formatNumber } from "../../lib/formatNumber.ts";
import { localizedText } from "../../schemas/localized.ts";
import type { ChartSpec } from "../chartSpec.ts";
import { commonStrings } from "../kit/commonStrings.ts";
import { dataRecord } from "../kit/dataRecord.ts";
import { factRef, recordId } from "../kit/fields.ts";
import { fillFacts, placeholderFacts } from "../kit/fillFacts.ts";
import { numberFact } from "../kit/numberFact.ts";
import { unknownId } from "../kit/unknownId.ts";
import { chart, type GrowthData, type GrowthState } from "./chart.ts";
import { growthStrings } from "./strings.ts";

const file = "content/data/growth.json";

const recordSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("bar"),
    /** Stable id that step states name in `show`. */
    id: recordId,
    /** Id of the count fact the bar shows; a fact with a `derivation` is drawn as derived. */
    fact: factRef,
    category: localizedText,
  }),
  z.strictObject({
    kind: z.literal("rate"),
    /** Id of the percent fact of yearly growth. */
    fact: factRef,
    /** Id of the claim fact behind the second line. */
    note: factRef,
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
  const records = loadJsonRecords("growth.json", recordSchema);
  const rate = records.find((record) => record.kind === "rate");
  const labels = records.find((record) => record.kind === "labels");
  if (!rate || !labels) throw new ContentError(file, undefined, 'add one "rate" and one "labels" record');
  return { bars: records.flatMap((record) => (record.kind === "bar" ? [record] : [])), rate, labels };
}

export const growthSpec: ChartSpec<GrowthData, GrowthState> = {
  module: "growth",
  chart,
  stateSchema,
  load(locale, facts) {
    const { bars, rate, labels } = loadRecords();
    const tag = fill(growthStrings(locale).derivedTag, { label: localize(labels.derived, locale) });
    return {
      locale,
      axisLabel: localize(labels.axis, locale),
      rateLabel: fillFacts(localize(rate.label, locale), facts, locale, file),
      rateNote: localize(rate.noteLabel, locale),
      bars: bars.map((bar) => {
        const fact = numberFact(facts, bar.fact, ["count"], file);
        return {
          id: bar.id,
          category: localize(bar.category, locale),
          value: fact.value,
          valueLabel: formatNumber(fact.value, "count", locale, fact.qualifier),
          derivedTag: fact.derivation ? tag : "",
        };
      }),
    };
  },
  check(data, state) {
    if (state.rate && state.show.length < 2) return "`rate: true` needs at least two bars in `show`";
    return unknownId({ show: state.show }, data.bars, `a bar in ${file}`);
  },
  describe(data, state, locale) {
    const words = growthStrings(locale);
    const { pair, list } = commonStrings(locale);
    return fill(words.describe, {
      axis: data.axisLabel,
      bars: data.bars
        .filter((bar) => state.show.includes(bar.id))
        .map((bar) => {
          const value = bar.derivedTag
            ? fill(words.tagged, { value: bar.valueLabel, tag: bar.derivedTag })
            : bar.valueLabel;
          return fill(pair, { label: bar.category, value });
        })
        .join(list),
      rate: state.rate ? fill(words.rate, { label: data.rateLabel, note: data.rateNote }) : "",
    });
  },
  table(data, locale) {
    const { columns } = growthStrings(locale);
    return {
      columns: [columns.year, columns.value, columns.note],
      rows: data.bars.map((bar) => [bar.category, bar.valueLabel, bar.derivedTag]),
    };
  },
  records(locale, facts) {
    const { bars, rate } = loadRecords();
    return [
      ...bars.map((bar) =>
        dataRecord(numberFact(facts, bar.fact, ["count"], file), locale, { label: localize(bar.category, locale) }),
      ),
      dataRecord(numberFact(facts, rate.fact, ["percent"], file), locale),
    ];
  },
  factIds() {
    const { bars, rate } = loadRecords();
    return [...bars.map((bar) => bar.fact), rate.fact, rate.note, ...placeholderFacts(rate.label["zh-hant"])];
  },
};
