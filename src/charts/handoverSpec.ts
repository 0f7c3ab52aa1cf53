import { z } from "zod";
import { localizedText } from "../schemas/localized.ts";
import { loadJsonRecords } from "../data/loadJsonRecords.ts";
import { requireFact } from "../data/facts.ts";
import { ContentError } from "../data/contentError.ts";
import { localize } from "../i18n/localize.ts";
import type { ChartSpec } from "./chartSpec.ts";
import { fillFacts, placeholderFacts } from "./fillFacts.ts";
import { handover, type HandoverData, type HandoverState } from "./handover.ts";

const file = "content/data/handover.json";

const recordSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("source"),
    /** Id of the count fact of functions handed over. */
    fact: z.string().min(1),
    /** The government's side, in large type; `{fact-id}` placeholders are filled from facts. */
    label: localizedText,
    /** Examples of what was handed over. */
    note: localizedText,
    /** Id of the claim fact the examples come from. */
    examples: z.string().min(1),
    /** What a ribbon's width means. */
    width: localizedText,
  }),
  z.strictObject({
    kind: z.literal("partner"),
    /** Stable id that step states name in `partners` and `focus`. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Id of the count fact of bodies of this kind. */
    fact: z.string().min(1),
    /** The label beside its bar; placeholders as above. */
    label: localizedText,
  }),
]);

const stateSchema = z.strictObject({
  partners: z.array(z.string().min(1)),
  focus: z.string().optional(),
});

function loadRecords() {
  return loadJsonRecords("handover.json", recordSchema);
}

export const handoverSpec: ChartSpec<HandoverData, HandoverState> = {
  chart: handover,
  stateSchema,
  load(locale, facts) {
    const records = loadRecords();
    const fill = (text: z.infer<typeof localizedText>) => fillFacts(localize(text, locale), facts, locale, file);
    const source = records.find((record) => record.kind === "source");
    if (!source) throw new ContentError(file, undefined, 'add the "source" record: what the government handed over');
    return {
      sourceLabel: fill(source.label),
      sourceNote: fill(source.note),
      widthNote: fill(source.width),
      partners: records.flatMap((record) => {
        if (record.kind !== "partner") return [];
        const fact = requireFact(facts, record.fact, file);
        if (fact.kind !== "number" || fact.unit !== "count")
          throw new ContentError(file, undefined, `partner "${record.id}": fact "${fact.id}" is not a count`);
        return [{ id: record.id, label: fill(record.label), count: fact.value }];
      }),
    };
  },
  check(data, state) {
    const ids = data.partners.map((partner) => partner.id);
    const unknown = [...state.partners, ...(state.focus ? [state.focus] : [])].find((id) => !ids.includes(id));
    return unknown ? `"${unknown}" is not a partner in ${file}; use one of: ${ids.join(", ")}` : null;
  },
  describe(data, state, locale) {
    const shown = data.partners
      .filter((partner) => state.partners.includes(partner.id))
      .map((partner) => partner.label);
    if (locale === "en")
      return `Flow from the government (${data.sourceLabel}, ${data.sourceNote}) to the bodies that took them on. ${shown.length ? `Shown: ${shown.join("; ")}.` : "No ribbons yet."} ${data.widthNote}.`;
    return `流向圖：${data.sourceLabel}（${data.sourceNote}）轉交承接單位。${shown.length ? `圖中：${shown.join("；")}。` : "尚未畫出流向。"}${data.widthNote}。`;
  },
  table(data, locale) {
    return {
      columns: locale === "en" ? ["Taken on by", "Number"] : ["承接單位", "數目"],
      rows: data.partners.map((partner) => [partner.label, String(partner.count)]),
    };
  },
  factIds() {
    return loadRecords().flatMap((record) => [
      record.fact,
      ...(record.kind === "source" ? [record.examples] : []),
      ...placeholderFacts(record.label["zh-hant"]),
    ]);
  },
};
