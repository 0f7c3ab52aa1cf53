import { z } from "zod";
import { ContentError } from "../../data/contentError.ts";
import { loadJsonRecords } from "../../data/loadJsonRecords.ts";
import { fill } from "../../i18n/fill.ts";
import { localize } from "../../i18n/localize.ts";
import { localizedText } from "../../schemas/localized.ts";
import type { ChartSpec } from "../chartSpec.ts";
import { commonStrings } from "../kit/commonStrings.ts";
import { dataRecord } from "../kit/dataRecord.ts";
import { factRef, recordId } from "../kit/fields.ts";
import { fillFacts, placeholderFacts } from "../kit/fillFacts.ts";
import { numberFact } from "../kit/numberFact.ts";
import { unknownId } from "../kit/unknownId.ts";
import { chart, type SensorsData, type SensorsState } from "./chart.ts";
import { sensorsStrings } from "./strings.ts";

const file = "content/data/sensors.json";

const recordSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("group"),
    /** Stable id that step states name in `show`. */
    id: recordId,
    /** Id of the count fact the group's marks stand for. */
    fact: factRef,
    shape: z.enum(["circle", "square"]),
    /** Legend entry; `{fact-id}` placeholders are filled from facts. */
    label: localizedText,
  }),
  z.strictObject({
    kind: z.literal("scale"),
    /** How many feeds or sensors one mark stands for. */
    perMark: z.number().int().positive(),
    /** The scale in words, shown under the legend. */
    label: localizedText,
  }),
  z.strictObject({
    kind: z.literal("hub"),
    /** Id of the claim fact describing the joined-up view. */
    fact: factRef,
    label: localizedText,
  }),
]);

const stateSchema = z.strictObject({
  show: z.array(z.string().min(1)),
  connected: z.boolean().optional(),
});

function loadRecords() {
  const records = loadJsonRecords("sensors.json", recordSchema);
  const scale = records.find((record) => record.kind === "scale");
  const hub = records.find((record) => record.kind === "hub");
  if (!scale || !hub) throw new ContentError(file, undefined, 'add one "scale" and one "hub" record');
  return { groups: records.flatMap((record) => (record.kind === "group" ? [record] : [])), scale, hub };
}

export const sensorsSpec: ChartSpec<SensorsData, SensorsState> = {
  module: "sensors",
  chart,
  stateSchema,
  load(locale, facts) {
    const { groups, scale, hub } = loadRecords();
    return {
      groups: groups.map((group) => ({
        id: group.id,
        label: fillFacts(localize(group.label, locale), facts, locale, file),
        marks: Math.round(numberFact(facts, group.fact, ["count"], file).value / scale.perMark),
        shape: group.shape === "circle" ? "dot" : "square",
      })),
      scaleLabel: localize(scale.label, locale),
      hubLabel: localize(hub.label, locale),
    };
  },
  check(data, state) {
    return unknownId({ show: state.show }, data.groups, `a group in ${file}`);
  },
  describe(data, state, locale) {
    const words = sensorsStrings(locale);
    const shown = data.groups.filter((group) => state.show.includes(group.id)).map((group) => group.label);
    return fill(words.describe, {
      scale: data.scaleLabel,
      shown: shown.join(commonStrings(locale).list) || words.none,
      connected: state.connected ? fill(words.connected, { hub: data.hubLabel }) : "",
    });
  },
  table(data, locale) {
    const { columns } = sensorsStrings(locale);
    return {
      columns: [columns.what, columns.marks],
      rows: data.groups.map((group) => [group.label, String(group.marks)]),
    };
  },
  records(locale, facts) {
    return loadRecords().groups.map((group) => dataRecord(numberFact(facts, group.fact, ["count"], file), locale));
  },
  factIds() {
    const { groups, hub } = loadRecords();
    return [...groups.flatMap((group) => [group.fact, ...placeholderFacts(group.label["zh-hant"])]), hub.fact];
  },
};
