import { z } from "zod";
import { ContentError } from "../../data/contentError.ts";
import { loadJsonRecords } from "../../data/loadJsonRecords.ts";
import { fill } from "../../i18n/fill.ts";
import { localize } from "../../i18n/localize.ts";
import { localizedText, type LocalizedText } from "../../schemas/localized.ts";
import type { ChartSpec } from "../chartSpec.ts";
import { commonStrings } from "../kit/commonStrings.ts";
import { dataRecord } from "../kit/dataRecord.ts";
import { factRef, recordId } from "../kit/fields.ts";
import { fillFacts, placeholderFacts } from "../kit/fillFacts.ts";
import { numberFact } from "../kit/numberFact.ts";
import { unknownId } from "../kit/unknownId.ts";
import { chart, type HandoverData, type HandoverState } from "./chart.ts";
import { handoverStrings } from "./strings.ts";

const file = "content/data/handover.json";

const recordSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("source"),
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
  z.strictObject({
    kind: z.literal("partner"),
    /** Stable id that step states name in `partners` and `focus`. */
    id: recordId,
    /** Id of the count fact of bodies of this kind. */
    fact: factRef,
    /** The label beside its bar; placeholders as above. */
    label: localizedText,
  }),
]);

const stateSchema = z.strictObject({
  partners: z.array(z.string().min(1)),
  focus: z.string().optional(),
});

function loadRecords() {
  const records = loadJsonRecords("handover.json", recordSchema);
  const source = records.find((record) => record.kind === "source");
  if (!source) throw new ContentError(file, undefined, 'add the "source" record: what the government handed over');
  return { source, partners: records.flatMap((record) => (record.kind === "partner" ? [record] : [])) };
}

export const handoverSpec: ChartSpec<HandoverData, HandoverState> = {
  module: "handover",
  chart,
  stateSchema,
  load(locale, facts) {
    const { source, partners } = loadRecords();
    const withFacts = (text: LocalizedText) => fillFacts(localize(text, locale), facts, locale, file);
    return {
      sourceLabel: withFacts(source.label),
      sourceNote: withFacts(source.note),
      widthNote: withFacts(source.width),
      partners: partners.map((partner) => ({
        id: partner.id,
        label: withFacts(partner.label),
        count: numberFact(facts, partner.fact, ["count"], file).value,
      })),
    };
  },
  check(data, state) {
    return unknownId({ partners: state.partners, focus: state.focus }, data.partners, `a partner in ${file}`);
  },
  describe(data, state, locale) {
    const words = handoverStrings(locale);
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
  table(data, locale) {
    const { columns } = handoverStrings(locale);
    return {
      columns: [columns.partner, columns.count],
      rows: data.partners.map((partner) => [partner.label, String(partner.count)]),
    };
  },
  records(locale, facts) {
    const { source, partners } = loadRecords();
    return [source, ...partners].map((record) => dataRecord(numberFact(facts, record.fact, ["count"], file), locale));
  },
  factIds() {
    const { source, partners } = loadRecords();
    return [source, ...partners].flatMap((record) => [
      record.fact,
      ...(record.kind === "source" ? [record.examples] : []),
      ...placeholderFacts(record.label["zh-hant"]),
    ]);
  },
};
