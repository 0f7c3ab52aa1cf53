import { z } from "zod";
import { fill } from "../../i18n/fill.ts";
import { localize } from "../../i18n/localize.ts";
import { localizedText, type LocalizedText } from "../../schemas/localized.ts";
import type { ChartSpec } from "../build/chartSpec.ts";
import { chartStrings } from "../build/chartStrings.ts";
import { commonStrings } from "../build/commonStrings.ts";
import { dataRecord } from "../build/dataRecord.ts";
import { idCheck } from "../build/idCheck.ts";
import { dataFile } from "../build/dataFile.ts";
import { factRef, kindOf, recordId } from "../build/fields.ts";
import { fillFacts, placeholderFacts } from "../build/fillFacts.ts";
import { numberFact } from "../build/numberFact.ts";
import { chart, type HandoverData, type HandoverState } from "./chart.ts";
import strings from "./strings.json" with { type: "json" };

/** content/data/handover.json: what the government handed over, and who took it on. */
const handoverData = dataFile("handover.json", [
  kindOf("source", {
    /** Id of the count fact of functions handed over. */
    fact: factRef,
    /** The government's side, in large type; `{fact-id}` placeholders are filled from facts. */
    label: localizedText,
    /** Examples of what was handed over. */
    note: localizedText,
    /** Id of the claim fact the examples come from. */
    examples: factRef,
    /** What a ribbon's width means. */
    width: localizedText,
  }),
  kindOf("partner", {
    /** Stable id that step states name in `partners` and `focus`. */
    id: recordId,
    /** Id of the count fact of bodies of this kind. */
    fact: factRef,
    /** The label beside its bar; placeholders as above. */
    label: localizedText,
  }),
]);

export const handoverSpec: ChartSpec<HandoverData, HandoverState> = {
  chart,
  /** A step's `state`, checked when the chapter builds. */
  stateSchema: z.strictObject({ partners: z.array(z.string().min(1)), focus: z.string().optional() }),
  load(locale, facts) {
    const withFacts = (text: LocalizedText) => fillFacts(localize(text, locale), facts, locale, handoverData.file);
    const records = handoverData.load();
    const source = records.one("source");
    return {
      sourceLabel: withFacts(source.label),
      sourceNote: withFacts(source.note),
      widthNote: withFacts(source.width),
      partners: records.all("partner").map((partner) => ({
        id: partner.id,
        label: withFacts(partner.label),
        count: numberFact(facts, partner.fact, ["count"], handoverData.file).value,
      })),
    };
  },
  check: idCheck<HandoverData, HandoverState>("partners", ["partners", "focus"], `a partner in ${handoverData.file}`),
  describe(data, state, locale) {
    const words = chartStrings(strings, locale);
    const shown = data.partners
      .filter((partner) => state.partners.includes(partner.id))
      .map((partner) => partner.label);
    return fill(words.describe, {
      source: data.sourceLabel,
      note: data.sourceNote,
      shown: shown.length ? fill(words.shown, { partners: shown.join(commonStrings(locale).list) }) : words.none,
      width: data.widthNote,
    });
  },
  records(locale, facts) {
    const records = handoverData.load();
    const counted = [records.one("source"), ...records.all("partner")];
    return counted.map((record) => dataRecord(numberFact(facts, record.fact, ["count"], handoverData.file), locale));
  },
  factIds() {
    const records = handoverData.load();
    const source = records.one("source");
    const partners = records
      .all("partner")
      .flatMap((partner) => [partner.fact, ...placeholderFacts(partner.label["zh-hant"])]);
    return [source.fact, source.examples, ...placeholderFacts(source.label["zh-hant"]), ...partners];
  },
};
