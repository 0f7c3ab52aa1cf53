import { z } from "zod";
import { loadJsonRecords } from "../../story/loadJsonRecords.ts";
import { fill } from "../../i18n/fill.ts";
import { localize } from "../../i18n/localize.ts";
import { formatNumber, formatTick } from "../../i18n/formatNumber.ts";
import type { ChartSpec } from "../build/chartSpec.ts";
import { chartStrings } from "../build/chartStrings.ts";
import { commonStrings } from "../build/commonStrings.ts";
import { dataRecord } from "../build/dataRecord.ts";
import { idCheck } from "../build/idCheck.ts";
import { figureFields } from "../build/fields.ts";
import { localizedText } from "../../schemas/localized.ts";
import { numberFact } from "../build/numberFact.ts";
import { chart, type PopulationData, type PopulationState } from "./chart.ts";
import strings from "./strings.json" with { type: "json" };

const file = "content/data/population.json";

/** A bar, from a population fact, and what the figure counts: resident or registered people, or unstated. */
const barSchema = z.strictObject({ ...figureFields, measure: localizedText });

const loadBars = () => loadJsonRecords("population.json", barSchema);

export const populationSpec: ChartSpec<PopulationData, PopulationState> = {
  chart,
  /** A step's `state`, checked when the chapter builds. */
  stateSchema: z.strictObject({ through: z.string().min(1), focus: z.string().optional() }),
  load(locale, facts) {
    const { qualifier } = commonStrings(locale);
    const { qualified } = chartStrings(strings, locale);
    return {
      locale,
      bars: loadBars().map((bar) => {
        const fact = numberFact(facts, bar.fact, ["people"], file);
        const valueLabel = formatTick(fact.value, locale);
        const qualifierLabel = fact.qualifier ? qualifier[fact.qualifier] : "";
        return {
          id: bar.id,
          category: localize(bar.category, locale),
          value: fact.value,
          valueLabel,
          qualifierLabel,
          qualifiedLabel: qualifierLabel
            ? fill(qualified, { qualifier: qualifierLabel, value: valueLabel })
            : valueLabel,
          bound: fact.qualifier === "nearly" || fact.qualifier === "over" || fact.qualifier === "under",
          fullLabel: formatNumber(fact.value, "people", locale, fact.qualifier),
        };
      }),
    };
  },
  check: idCheck<PopulationData, PopulationState>("bars", ["through", "focus"], `a bar in ${file}`),
  describe(data, state, locale) {
    const words = commonStrings(locale);
    const through = data.bars.findIndex((bar) => bar.id === state.through);
    const focus = data.bars.find((bar) => bar.id === state.focus);
    return fill(chartStrings(strings, locale).describe, {
      focus: focus ? fill(words.highlighted, { label: focus.category }) : "",
      bars: data.bars
        .slice(0, through + 1)
        .map((bar) => fill(words.pair, { label: bar.category, value: bar.fullLabel }))
        .join(words.list),
    });
  },
  records(locale, facts) {
    // The fact's own label (Population in 1993), not the axis's (1993): the row reads without the chart.
    return loadBars().map((bar) => ({
      ...dataRecord(numberFact(facts, bar.fact, ["people"], file), locale),
      measure: localize(bar.measure, locale),
    }));
  },
  factIds() {
    return loadBars().map((bar) => bar.fact);
  },
};
