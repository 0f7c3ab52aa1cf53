import { z } from "zod";
import { localizedText } from "../schemas/localized.ts";
import { loadJsonRecords } from "../data/loadJsonRecords.ts";
import { requireFact } from "../data/facts.ts";
import { ContentError } from "../data/contentError.ts";
import { localize } from "../i18n/localize.ts";
import type { ChartSpec } from "./chartSpec.ts";
import { fillFacts, placeholderFacts } from "./fillFacts.ts";
import { sensors, type SensorsData, type SensorsState } from "./sensors.ts";

const file = "content/data/sensors.json";

const recordSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("group"),
    /** Stable id that step states name in `show`. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Id of the count fact the group's marks stand for. */
    fact: z.string().min(1),
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
    fact: z.string().min(1),
    label: localizedText,
  }),
]);

const stateSchema = z.strictObject({
  show: z.array(z.string().min(1)),
  connected: z.boolean().optional(),
});

function loadRecords() {
  return loadJsonRecords("sensors.json", recordSchema);
}

export const sensorsSpec: ChartSpec<SensorsData, SensorsState> = {
  chart: sensors,
  stateSchema,
  load(locale, facts) {
    const records = loadRecords();
    const scale = records.find((record) => record.kind === "scale");
    const hub = records.find((record) => record.kind === "hub");
    if (!scale || !hub) throw new ContentError(file, undefined, 'add one "scale" and one "hub" record');
    return {
      groups: records.flatMap((record) => {
        if (record.kind !== "group") return [];
        const fact = requireFact(facts, record.fact, file);
        if (fact.kind !== "number" || fact.unit !== "count")
          throw new ContentError(file, undefined, `group "${record.id}": fact "${fact.id}" is not a count`);
        return [
          {
            id: record.id,
            label: fillFacts(localize(record.label, locale), facts, locale, file),
            marks: Math.round(fact.value / scale.perMark),
            shape: record.shape,
          },
        ];
      }),
      scaleLabel: localize(scale.label, locale),
      hubLabel: localize(hub.label, locale),
    };
  },
  check(data, state) {
    const ids = data.groups.map((group) => group.id);
    const unknown = state.show.find((id) => !ids.includes(id));
    return unknown ? `"${unknown}" is not a group in ${file}; use one of: ${ids.join(", ")}` : null;
  },
  describe(data, state, locale) {
    const shown = data.groups.filter((group) => state.show.includes(group.id)).map((group) => group.label);
    const joiner = locale === "en" ? "; " : "；";
    if (locale === "en")
      return `A field of marks, ${data.scaleLabel.toLowerCase()}. Shown: ${shown.join(joiner) || "none"}.${state.connected ? ` All are wired to one view: ${data.hubLabel}.` : ""}`;
    return `點陣圖，${data.scaleLabel}。圖中：${shown.join(joiner) || "尚無記號"}。${state.connected ? `全部接入同一平台：${data.hubLabel}。` : ""}`;
  },
  table(data, locale) {
    return {
      columns: locale === "en" ? ["What", "Marks drawn"] : ["項目", "圖中記號"],
      rows: data.groups.map((group) => [group.label, String(group.marks)]),
    };
  },
  factIds() {
    return loadRecords().flatMap((record) =>
      record.kind === "scale"
        ? []
        : [record.fact, ...(record.kind === "group" ? placeholderFacts(record.label["zh-hant"]) : [])],
    );
  },
};
