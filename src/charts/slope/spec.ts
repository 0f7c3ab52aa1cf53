import { z } from "zod";
import { fill } from "../../i18n/fill.ts";
import { localize } from "../../i18n/localize.ts";
import { localizedText } from "../../schemas/localized.ts";
import type { ChartSpec } from "../build/chartSpec.ts";
import { chartStrings } from "../build/chartStrings.ts";
import { commonStrings } from "../build/commonStrings.ts";
import { dataRecord } from "../build/dataRecord.ts";
import { idCheck } from "../build/idCheck.ts";
import { dataFile } from "../build/dataFile.ts";
import { figureFields, kindOf } from "../build/fields.ts";
import { figure } from "../build/figure.ts";
import { chart, type SlopeData, type SlopeState } from "./chart.ts";
import strings from "./strings.json" with { type: "json" };

/** content/data/slope.json: the points and the chart's labels. */
const slopeData = dataFile("slope.json", [
  /** A point, from a ratio fact. */
  kindOf("point", figureFields),
  kindOf("labels", {
    /** What the value axis measures. */
    axis: localizedText,
    /** The reference line where the ratio is 1. */
    equal: localizedText,
    /** A caveat under the chart. */
    note: localizedText,
  }),
]);

export const slopeSpec: ChartSpec<SlopeData, SlopeState> = {
  chart,
  /** A step's `state`, checked when the chapter builds. */
  stateSchema: z.strictObject({ through: z.string().min(1), fromEqual: z.boolean().optional() }),
  load(locale, facts) {
    const records = slopeData.load();
    const { axis, equal, note } = records.one("labels");
    const context = { facts, locale, file: slopeData.file };
    return {
      locale,
      axisLabel: localize(axis, locale),
      equalLabel: localize(equal, locale),
      note: localize(note, locale),
      points: records.all("point").map((point) => figure(point, ["ratio"], context).shown),
    };
  },
  check: idCheck<SlopeData, SlopeState>("points", ["through"], `a point in ${slopeData.file}`),
  describe(data, state, locale) {
    const words = chartStrings(strings, locale);
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
  records(locale, facts) {
    const context = { facts, locale, file: slopeData.file };
    const points = slopeData
      .load()
      .all("point")
      .map((point) => figure(point, ["ratio"], context));
    // The fact's own label names the ratio; the chart's "before" and "now" need the chart.
    return points.map(({ fact }) => dataRecord(fact, locale));
  },
  factIds() {
    return slopeData
      .load()
      .all("point")
      .map((point) => point.fact);
  },
};
