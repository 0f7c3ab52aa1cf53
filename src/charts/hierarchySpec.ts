import { z } from "zod";
import { localizedText } from "../schemas/localized.ts";
import { loadJsonRecords } from "../data/loadJsonRecords.ts";
import { requireFact } from "../data/facts.ts";
import { ContentError } from "../data/contentError.ts";
import { localize } from "../i18n/localize.ts";
import type { Fact } from "../schemas/fact.ts";
import type { ChartSpec } from "./chartSpec.ts";
import { fillFacts, placeholderFacts } from "./fillFacts.ts";
import { hierarchy, type HierarchyData, type HierarchyState } from "./hierarchy.ts";

const file = "content/data/hierarchy.json";

const tierSchema = z.strictObject({
  kind: z.literal("tier"),
  /** Stable id of the tier, top to bottom. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Its name in a usual county. */
  county: localizedText,
  /** Its name in Longgang; leave out for the tier Longgang does without. */
  longgang: localizedText.optional(),
  /** For that tier: what the chart says in its place. */
  removed: localizedText.optional(),
  /** Id of the claim fact that describes the tier in Longgang. */
  fact: z.string().min(1).optional(),
  /** Id of the count fact giving Longgang's number of units in this tier, drawn one mark each. */
  units: z.string().min(1).optional(),
  /** The band's label when the unit marks show; `{fact-id}` placeholders are filled from facts. */
  unitsLabel: localizedText.optional(),
});

const captionSchema = z.strictObject({
  kind: z.literal("caption"),
  /** `units`: under the unit marks; `cadres`: under the cadre marks. */
  id: z.enum(["units", "cadres"]),
  /** Id of the percent fact giving the share of cadres moved down (the `cadres` caption only). */
  share: z.string().min(1).optional(),
  /** The caption; `{fact-id}` placeholders are filled from facts. */
  text: localizedText,
});

const recordSchema = z.discriminatedUnion("kind", [tierSchema, captionSchema]);

const stateSchema = z.strictObject({
  structure: z.enum(["county", "longgang"]),
  units: z.boolean().optional(),
  cadres: z.boolean().optional(),
});

function loadRecords() {
  return loadJsonRecords("hierarchy.json", recordSchema);
}

function numberFact(facts: Map<string, Fact>, id: string, unit: "count" | "percent"): number {
  const fact = requireFact(facts, id, file);
  if (fact.kind !== "number" || fact.unit !== unit)
    throw new ContentError(file, undefined, `fact "${id}" is not a number with unit "${unit}"`);
  return fact.value;
}

export const hierarchySpec: ChartSpec<HierarchyData, HierarchyState> = {
  chart: hierarchy,
  stateSchema,
  load(locale, facts) {
    const records = loadRecords();
    const fill = (text: z.infer<typeof localizedText>) => fillFacts(localize(text, locale), facts, locale, file);
    const caption = (id: "units" | "cadres") => {
      const found = records.find((record) => record.kind === "caption" && record.id === id);
      if (!found || found.kind !== "caption") throw new ContentError(file, undefined, `add the "${id}" caption`);
      return found;
    };
    const cadres = caption("cadres");
    if (!cadres.share) throw new ContentError(file, undefined, 'the "cadres" caption needs `share`: a percent fact');
    return {
      tiers: records.flatMap((record) =>
        record.kind === "tier"
          ? [
              {
                id: record.id,
                countyLabel: localize(record.county, locale),
                longgangLabel: record.longgang ? localize(record.longgang, locale) : null,
                removedLabel: record.removed ? localize(record.removed, locale) : null,
                units:
                  record.units && record.unitsLabel
                    ? { count: numberFact(facts, record.units, "count"), label: fill(record.unitsLabel) }
                    : null,
              },
            ]
          : [],
      ),
      cadres: { share: numberFact(facts, cadres.share, "percent"), caption: fill(cadres.text) },
      unitsCaption: fill(caption("units").text),
    };
  },
  check() {
    return null;
  },
  describe(data, state, locale) {
    const flat = state.structure === "longgang";
    const names = data.tiers.flatMap((tier) => {
      if (flat && state.units && tier.units) return [tier.units.label];
      const name = flat ? tier.longgangLabel : tier.countyLabel;
      return name ? [name] : [];
    });
    const stop = locale === "en" ? "." : "。";
    const removed = flat
      ? data.tiers.flatMap((tier) => (tier.removedLabel ? [`${tier.removedLabel}${stop}`] : []))
      : [];
    const extras = [
      ...removed,
      ...(flat && state.units ? [data.unitsCaption] : []),
      ...(flat && state.cadres ? [data.cadres.caption] : []),
    ];
    if (locale === "en")
      return `${flat ? "Longgang's" : "A usual county's"} ${names.length}-tier structure, top to bottom: ${names.join(" → ")}. ${extras.join(" ")}`.trim();
    return `${flat ? "龍港" : "一般縣"}的${names.length}級架構，由上而下：${names.join("→")}。${extras.join("")}`;
  },
  table(data, locale) {
    return {
      columns: locale === "en" ? ["Tier", "Usual county", "Longgang"] : ["層級", "一般縣", "龍港"],
      rows: data.tiers.map((tier, index) => [
        String(index + 1),
        tier.countyLabel,
        tier.units?.label ?? tier.longgangLabel ?? tier.removedLabel ?? "",
      ]),
    };
  },
  factIds() {
    return loadRecords().flatMap((record) => {
      if (record.kind === "caption")
        return [...(record.share ? [record.share] : []), ...placeholderFacts(record.text["zh-hant"])];
      return [record.fact, record.units].filter((id): id is string => id !== undefined);
    });
  },
};
