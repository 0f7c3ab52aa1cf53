import { z } from "zod";
import { fill } from "../../i18n/fill.ts";
import { localize } from "../../i18n/localize.ts";
import { localizedText } from "../../schemas/localized.ts";
import type { ChartSpec } from "../build/chartSpec.ts";
import { chartStrings } from "../build/chartStrings.ts";
import { commonStrings } from "../build/commonStrings.ts";
import { dataRecord } from "../build/dataRecord.ts";
import { dataFile } from "../build/dataFile.ts";
import { factRef, figureFields, kindOf } from "../build/fields.ts";
import { fillFacts, placeholderFacts } from "../build/fillFacts.ts";
import { figure } from "../build/figure.ts";
import { numberFact } from "../build/numberFact.ts";
import { unknownId } from "../build/unknownId.ts";
import { chart, type GrowthData, type GrowthState } from "./chart.ts";
import strings from "./strings.json" with { type: "json" };

/** content/data/growth.json: the bars, the growth rate between them, and the chart's labels. */
const growthData = dataFile("growth.json", [
  /** A bar; a fact with a `derivation` is drawn as derived. */
  kindOf("bar", figureFields),
  kindOf("rate", {
    /** Id of the percent fact of yearly growth. */
    fact: factRef,
    /** Id of the claim fact behind the second line. */
    note: factRef,
    /** On the arrow; `{fact-id}` placeholders are filled from facts. */
    label: localizedText,
    noteLabel: localizedText,
  }),
  /** What the value axis counts, and the tag on a derived bar. */
  kindOf("labels", { axis: localizedText, derived: localizedText }),
]);

export const growthSpec: ChartSpec<GrowthData, GrowthState> = {
  chart,
  /** A step's `state`, checked when the chapter builds. */
  stateSchema: z.strictObject({ show: z.array(z.string().min(1)).min(1), rate: z.boolean().optional() }),
  load(locale, facts) {
    const records = growthData.load();
    const { derived, axis } = records.one("labels");
    const rate = records.one("rate");
    const tag = fill(chartStrings(strings, locale).derivedTag, { label: localize(derived, locale) });
    const context = { facts, locale, file: growthData.file };
    return {
      locale,
      axisLabel: localize(axis, locale),
      rateLabel: fillFacts(localize(rate.label, locale), facts, locale, growthData.file),
      rateNote: localize(rate.noteLabel, locale),
      bars: records.all("bar").map((bar) => {
        const { shown, fact } = figure(bar, ["count"], context);
        return { ...shown, derivedTag: fact.derivation ? tag : "" };
      }),
    };
  },
  check(data, state) {
    if (state.rate && state.show.length < 2) return "`rate: true` needs at least two bars in `show`";
    return unknownId({ show: state.show }, data.bars, `a bar in ${growthData.file}`);
  },
  describe(data, state, locale) {
    const words = chartStrings(strings, locale);
    const { pair, list } = commonStrings(locale);
    const tagged = (bar: GrowthData["bars"][number]) =>
      bar.derivedTag ? fill(words.tagged, { value: bar.valueLabel, tag: bar.derivedTag }) : bar.valueLabel;
    return fill(words.describe, {
      axis: data.axisLabel,
      bars: data.bars
        .filter((bar) => state.show.includes(bar.id))
        .map((bar) => fill(pair, { label: bar.category, value: tagged(bar) }))
        .join(list),
      rate: state.rate ? fill(words.rate, { label: data.rateLabel, note: data.rateNote }) : "",
    });
  },
  records(locale, facts) {
    const records = growthData.load();
    const context = { facts, locale, file: growthData.file };
    const bars = records.all("bar").map((bar) => figure(bar, ["count"], context));
    const { rowLabel } = chartStrings(strings, locale);
    const rows = bars.map(({ shown, fact }) =>
      dataRecord(fact, locale, { label: fill(rowLabel, { year: shown.category }) }),
    );
    return [...rows, dataRecord(numberFact(facts, records.one("rate").fact, ["percent"], growthData.file), locale)];
  },
  factIds() {
    const records = growthData.load();
    const rate = records.one("rate");
    return [
      ...records.all("bar").map((bar) => bar.fact),
      rate.fact,
      rate.note,
      ...placeholderFacts(rate.label["zh-hant"]),
    ];
  },
};
