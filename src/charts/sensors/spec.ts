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
import { factRef, kindOf, recordId } from "../build/fields.ts";
import { fillFacts, placeholderFacts } from "../build/fillFacts.ts";
import { numberFact } from "../build/numberFact.ts";
import { chart, type SensorsData, type SensorsState } from "./chart.ts";
import strings from "./strings.json" with { type: "json" };

/** content/data/sensors.json: the groups of marks, what one mark stands for, and the joined-up view. */
const sensorsData = dataFile("sensors.json", [
  kindOf("group", {
    /** Stable id that step states name in `show`. */
    id: recordId,
    /** Id of the count fact the group's marks stand for. */
    fact: factRef,
    shape: z.enum(["circle", "square"]),
    /** Legend entry; `{fact-id}` placeholders are filled from facts. */
    label: localizedText,
  }),
  /** How many feeds or sensors one mark stands for, and that scale in words, shown under the legend. */
  kindOf("scale", { perMark: z.number().int().positive(), label: localizedText }),
  /** The joined-up view, with the id of the claim fact describing it. */
  kindOf("hub", { fact: factRef, label: localizedText }),
]);

export const sensorsSpec: ChartSpec<SensorsData, SensorsState> = {
  chart,
  /** A step's `state`, checked when the chapter builds. */
  stateSchema: z.strictObject({ show: z.array(z.string().min(1)), connected: z.boolean().optional() }),
  load(locale, facts) {
    const records = sensorsData.load();
    const scale = records.one("scale");
    const count = (id: string) => numberFact(facts, id, ["count"], sensorsData.file).value;
    return {
      groups: records.all("group").map((group) => ({
        id: group.id,
        label: fillFacts(localize(group.label, locale), facts, locale, sensorsData.file),
        marks: Math.round(count(group.fact) / scale.perMark),
        shape: group.shape === "circle" ? "dot" : "square",
      })),
      scaleLabel: localize(scale.label, locale),
      hubLabel: localize(records.one("hub").label, locale),
    };
  },
  check: idCheck<SensorsData, SensorsState>("groups", ["show"], `a group in ${sensorsData.file}`),
  describe(data, state, locale) {
    const words = chartStrings(strings, locale);
    const shown = data.groups.filter((group) => state.show.includes(group.id)).map((group) => group.label);
    return fill(words.describe, {
      scale: data.scaleLabel,
      shown: shown.join(commonStrings(locale).list) || words.none,
      connected: state.connected ? fill(words.connected, { hub: data.hubLabel }) : "",
    });
  },
  records(locale, facts) {
    const groups = sensorsData.load().all("group");
    return groups.map((group) => dataRecord(numberFact(facts, group.fact, ["count"], sensorsData.file), locale));
  },
  factIds() {
    const records = sensorsData.load();
    const groups = records.all("group").flatMap((group) => [group.fact, ...placeholderFacts(group.label["zh-hant"])]);
    return [...groups, records.one("hub").fact];
  },
};
