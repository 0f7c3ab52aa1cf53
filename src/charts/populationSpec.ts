import { z } from "zod";
import { localizedText } from "../schemas/localized.ts";
import { loadJsonRecords } from "../data/loadJsonRecords.ts";
import { requireFact } from "../data/facts.ts";
import { ContentError } from "../data/contentError.ts";
import { formatNumber, formatTick } from "../lib/formatNumber.ts";
import { localize } from "../i18n/localize.ts";
import type { Qualifier } from "../schemas/fact.ts";
import type { Locale } from "../i18n/locales.ts";
import type { ChartSpec } from "./chartSpec.ts";
import { population, type PopulationData, type PopulationState } from "./population.ts";

const file = "content/data/population.json";

const barSchema = z.strictObject({
  /** Stable id that step states name in `through` and `focus`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Id of the population fact (content/data/facts.json) the bar shows. */
  fact: z.string().min(1),
  /** The label under the bar. */
  category: localizedText,
});

const stateSchema = z.strictObject({
  through: z.string().min(1),
  focus: z.string().optional(),
});

const qualifierWords: Record<Locale, Record<Qualifier, string>> = {
  "zh-hant": { about: "約", nearly: "近", over: "超過" },
  "zh-hans": { about: "约", nearly: "近", over: "超过" },
  en: { about: "about ", nearly: "nearly ", over: "over " },
};

function loadBars() {
  return loadJsonRecords("population.json", barSchema);
}

export const populationSpec: ChartSpec<PopulationData, PopulationState> = {
  chart: population,
  stateSchema,
  load(locale, facts) {
    const words = qualifierWords[locale];
    return {
      locale,
      bars: loadBars().map((bar) => {
        const fact = requireFact(facts, bar.fact, file);
        if (fact.kind !== "number" || fact.unit !== "people")
          throw new ContentError(file, undefined, `bar "${bar.id}": fact "${fact.id}" is not a number of people`);
        return {
          id: bar.id,
          category: localize(bar.category, locale),
          value: fact.value,
          valueLabel: formatTick(fact.value, locale),
          qualifierLabel: fact.qualifier ? words[fact.qualifier] : "",
          bound: fact.qualifier === "nearly" || fact.qualifier === "over",
          fullLabel: formatNumber(fact.value, "people", locale, fact.qualifier),
        };
      }),
    };
  },
  check(data, state) {
    const ids = data.bars.map((bar) => bar.id);
    for (const [field, value] of [
      ["through", state.through],
      ["focus", state.focus],
    ] as const) {
      if (value !== undefined && !ids.includes(value))
        return `${field} "${value}" is not a bar in ${file}; use one of: ${ids.join(", ")}`;
    }
    return null;
  },
  describe(data, state, locale) {
    const through = data.bars.findIndex((bar) => bar.id === state.through);
    const shown = data.bars.slice(0, through + 1);
    const focus = data.bars.find((bar) => bar.id === state.focus);
    const list = shown.map((bar) => `${bar.category}${locale === "en" ? ": " : "："}${bar.fullLabel}`);
    if (locale === "en")
      return `Bar chart of Longgang's population. ${focus ? `Highlighted: ${focus.category}. ` : ""}${list.join("; ")}.`;
    return `龍港人口柱狀圖。${focus ? `焦點：${focus.category}。` : ""}${list.join("；")}。`;
  },
  table(data, locale) {
    return {
      columns: locale === "en" ? ["Year", "Population"] : ["年份", "人口"],
      rows: data.bars.map((bar) => [bar.category, bar.fullLabel]),
    };
  },
  factIds() {
    return loadBars().map((bar) => bar.fact);
  },
};
