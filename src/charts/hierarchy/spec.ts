import { z } from "zod";
import { ContentError } from "../../story/contentError.ts";
import { requireFact } from "../../story/facts.ts";
import { loadJsonRecords } from "../../story/loadJsonRecords.ts";
import { fill } from "../../i18n/fill.ts";
import { localize } from "../../i18n/localize.ts";
import { localizedText, type LocalizedText } from "../../schemas/localized.ts";
import type { ChartSpec } from "../build/chartSpec.ts";
import { chartStrings } from "../build/chartStrings.ts";
import { commonStrings } from "../build/commonStrings.ts";
import { dataRecord } from "../build/dataRecord.ts";
import { factRef, recordId } from "../build/fields.ts";
import { fillFacts, placeholderFacts } from "../build/fillFacts.ts";
import { numberFact } from "../build/numberFact.ts";
import { chart, type HierarchyData, type HierarchyState } from "./chart.ts";
import strings from "./strings.json" with { type: "json" };

const file = "content/data/hierarchy.json";

const tierSchema = z.strictObject({
  kind: z.literal("tier"),
  /** Stable id of the tier, top to bottom. */
  id: recordId,
  /** Its name in a usual county. */
  county: localizedText,
  /** Its name in Longgang; leave out for the tier Longgang does without. */
  longgang: localizedText.optional(),
  /** For that tier: what the chart says in its place. */
  removed: localizedText.optional(),
  /** Id of the claim fact that describes the tier in Longgang. */
  fact: factRef.optional(),
  /** Id of the count fact giving Longgang's number of units in this tier, drawn one mark each. */
  units: factRef.optional(),
  /** The band's label when the unit marks show; `{fact-id}` placeholders are filled from facts. */
  unitsLabel: localizedText.optional(),
});

const captionSchema = z.strictObject({
  kind: z.literal("caption"),
  /** `units`: under the unit marks; `cadres`: under the cadre marks. */
  id: z.enum(["units", "cadres"]),
  /** Id of the percent fact giving the share of cadres moved down (the `cadres` caption only). */
  share: factRef.optional(),
  /** The caption; `{fact-id}` placeholders are filled from facts. */
  text: localizedText,
});

const recordSchema = z.discriminatedUnion("kind", [tierSchema, captionSchema]);

const loadRecords = () => loadJsonRecords("hierarchy.json", recordSchema);
const tiersOf = (records: ReturnType<typeof loadRecords>) =>
  records.flatMap((record) => (record.kind === "tier" ? [record] : []));

function captionOf(records: ReturnType<typeof loadRecords>, id: "units" | "cadres") {
  const found = records.find((record) => record.kind === "caption" && record.id === id);
  if (!found || found.kind !== "caption") throw new ContentError(file, undefined, `add the "${id}" caption`);
  if (id === "cadres" && !found.share)
    throw new ContentError(file, undefined, 'the "cadres" caption needs `share`: a percent fact');
  return found;
}

export const hierarchySpec: ChartSpec<HierarchyData, HierarchyState> = {
  chart,
  /** A step's `state`, checked when the chapter builds. */
  stateSchema: z.strictObject({
    structure: z.enum(["county", "longgang"]),
    units: z.boolean().optional(),
    cadres: z.boolean().optional(),
  }),
  load(locale, facts) {
    const records = loadRecords();
    const withFacts = (text: LocalizedText) => fillFacts(localize(text, locale), facts, locale, file);
    const cadres = captionOf(records, "cadres");
    const tiers = tiersOf(records);
    // The lowest tier's many units are dots; those above it, squares.
    const lowest = tiers.at(-1)?.id;
    return {
      tiers: tiers.map((tier) => ({
        id: tier.id,
        countyLabel: localize(tier.county, locale),
        longgangLabel: tier.longgang ? localize(tier.longgang, locale) : null,
        removedLabel: tier.removed ? localize(tier.removed, locale) : null,
        units:
          tier.units && tier.unitsLabel
            ? {
                count: numberFact(facts, tier.units, ["count"], file).value,
                label: withFacts(tier.unitsLabel),
                shape: tier.id === lowest ? "dot" : "square",
              }
            : null,
      })),
      cadres: {
        share: numberFact(facts, cadres.share ?? "", ["percent"], file).value,
        caption: withFacts(cadres.text),
      },
      unitsCaption: withFacts(captionOf(records, "units").text),
    };
  },
  check() {
    return null;
  },
  describe(data, state, locale) {
    const words = chartStrings(strings, locale);
    const { sentence } = commonStrings(locale);
    const flat = state.structure === "longgang";
    const names = data.tiers.flatMap((tier) => {
      if (flat && state.units && tier.units) return [tier.units.label];
      const name = flat ? tier.longgangLabel : tier.countyLabel;
      return name ? [name] : [];
    });
    const removed = flat ? data.tiers.flatMap((tier) => (tier.removedLabel ? [tier.removedLabel] : [])) : [];
    const extras = [
      ...removed.map((text) => fill(sentence, { text })),
      ...(flat && state.units ? [data.unitsCaption] : []),
      ...(flat && state.cadres ? [data.cadres.caption] : []),
    ];
    return fill(words.describe, {
      whose: flat ? words.longgang : words.county,
      count: names.length,
      tiers: names.join(words.arrow),
      extras: extras.join(commonStrings(locale).sentences),
    }).trim();
  },
  records(locale, facts) {
    const records = loadRecords();
    const cadres = captionOf(records, "cadres");
    const unitRows = tiersOf(records).flatMap((tier) =>
      tier.units ? [dataRecord(numberFact(facts, tier.units, ["count"], file), locale)] : [],
    );
    const share = requireFact(facts, cadres.share ?? "", file);
    return [...unitRows, dataRecord(share, locale)];
  },
  factIds() {
    return loadRecords().flatMap((record) => {
      if (record.kind === "caption")
        return [...(record.share ? [record.share] : []), ...placeholderFacts(record.text["zh-hant"])];
      return [record.fact, record.units].filter((id): id is string => id !== undefined);
    });
  },
};
