import { z } from "zod";
import { localizedText } from "../schemas/localized.ts";
import { loadJsonRecords } from "../data/loadJsonRecords.ts";
import { requireFact } from "../data/facts.ts";
import { ContentError } from "../data/contentError.ts";
import { localize } from "../i18n/localize.ts";
import { formatNumber } from "../lib/formatNumber.ts";
import type { ChartSpec } from "./chartSpec.ts";
import { slope, type SlopeData, type SlopeState } from "./slope.ts";

const file = "content/data/slope.json";

const recordSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("point"),
    /** Stable id that step states name in `through`. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Id of the ratio fact the point shows. */
    fact: z.string().min(1),
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
  return loadJsonRecords("slope.json", recordSchema);
}

export const slopeSpec: ChartSpec<SlopeData, SlopeState> = {
  chart: slope,
  stateSchema,
  load(locale, facts) {
    const records = loadRecords();
    const labels = records.find((record) => record.kind === "labels");
    if (!labels) throw new ContentError(file, undefined, 'add the "labels" record');
    return {
      locale,
      axisLabel: localize(labels.axis, locale),
      equalLabel: localize(labels.equal, locale),
      note: localize(labels.note, locale),
      points: records.flatMap((record) => {
        if (record.kind !== "point") return [];
        const fact = requireFact(facts, record.fact, file);
        if (fact.kind !== "number" || fact.unit !== "ratio")
          throw new ContentError(file, undefined, `point "${record.id}": fact "${fact.id}" is not a ratio`);
        return [
          {
            id: record.id,
            category: localize(record.category, locale),
            value: fact.value,
            valueLabel: formatNumber(fact.value, "ratio", locale, fact.qualifier),
          },
        ];
      }),
    };
  },
  check(data, state) {
    const ids = data.points.map((point) => point.id);
    return ids.includes(state.through)
      ? null
      : `through "${state.through}" is not a point in ${file}; use one of: ${ids.join(", ")}`;
  },
  describe(data, state, locale) {
    const through = data.points.findIndex((point) => point.id === state.through);
    const shown = data.points.slice(0, through + 1);
    const list = shown.map((point) => `${point.category}${locale === "en" ? ": " : "："}${point.valueLabel}`);
    if (locale === "en")
      return `Slope chart of the ${data.axisLabel.toLowerCase()}. ${list.join("; ")}.${state.fromEqual ? ` The axis reaches down to 1 (${data.equalLabel}).` : ""} ${data.note}`;
    return `斜率圖：${data.axisLabel}。${list.join("；")}。${state.fromEqual ? `縱軸延伸至${data.equalLabel}。` : ""}${data.note}`;
  },
  table(data, locale) {
    return {
      columns: locale === "en" ? ["When", "Ratio"] : ["時間", "比值"],
      rows: data.points.map((point) => [point.category, point.valueLabel]),
    };
  },
  factIds() {
    return loadRecords().flatMap((record) => (record.kind === "point" ? [record.fact] : []));
  },
};
