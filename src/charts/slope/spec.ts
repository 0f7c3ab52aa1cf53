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
import { numberFact } from "../kit/numberFact.ts";
import { unknownId } from "../kit/unknownId.ts";
import { chart, type SlopeData, type SlopeState } from "./chart.ts";
import { slopeStrings } from "./strings.ts";

const file = "content/data/slope.json";

const recordSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("point"),
    /** Stable id that step states name in `through`. */
    id: recordId,
    /** Id of the ratio fact the point shows. */
    fact: factRef,
    category: localizedText,
  }),
  z.strictObject({
    kind: z.literal("labels"),
    /** What the value axis measures. */
    axis: localizedText,
    /** The reference line where the ratio is 1. */
    equal: localizedText,
    /** A caveat under the chart. */
    note: localizedText,
  }),
]);

const stateSchema = z.strictObject({
  through: z.string().min(1),
  fromEqual: z.boolean().optional(),
});

function loadRecords() {
  const records = loadJsonRecords("slope.json", recordSchema);
  const labels = records.find((record) => record.kind === "labels");
  if (!labels) throw new ContentError(file, undefined, 'add the "labels" record');
  return { labels, points: records.flatMap((record) => (record.kind === "point" ? [record] : [])) };
}

export const slopeSpec: ChartSpec<SlopeData, SlopeState> = {
  module: "slope",
  chart,
  stateSchema,
  load(locale, facts) {
    const { labels, points } = loadRecords();
    return {
      locale,
      axisLabel: localize(labels.axis, locale),
      equalLabel: localize(labels.equal, locale),
      note: localize(labels.note, locale),
      points: points.map((point) => {
        const fact = numberFact(facts, point.fact, ["ratio"], file);
        return {
          id: point.id,
          category: localize(point.category, locale),
          value: fact.value,
          valueLabel: formatNumber(fact.value, "ratio", locale, fact.qualifier),
        };
      }),
    };
  },
  check(data, state) {
    return unknownId({ through: state.through }, data.points, `a point in ${file}`);
  },
  describe(data, state, locale) {
    const words = slopeStrings(locale);
    const { pair, list } = commonStrings(locale);
    const through = data.points.findIndex((point) => point.id === state.through);
    return fill(words.describe, {
      axis: data.axisLabel,
      points: data.points
        .slice(0, through + 1)
        .map((point) => fill(pair, { label: point.category, value: point.valueLabel }))
        .join(list),
      equal: state.fromEqual ? fill(words.equal, { label: data.equalLabel }) : "",
      note: data.note,
    });
  },
  table(data, locale) {
    const { columns } = slopeStrings(locale);
    return {
      columns: [columns.when, columns.ratio],
      rows: data.points.map((point) => [point.category, point.valueLabel]),
    };
  },
  records(locale, facts) {
    return loadRecords().points.map((point) =>
      dataRecord(numberFact(facts, point.fact, ["ratio"], file), locale, { label: localize(point.category, locale) }),
    );
  },
  factIds() {
    return loadRecords().points.map((point) => point.fact);
  },
};
