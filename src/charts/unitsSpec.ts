import { z } from "zod";
import { localizedText, type LocalizedText } from "../schemas/localized.ts";
import { loadJsonRecords } from "../data/loadJsonRecords.ts";
import { requireFact } from "../data/facts.ts";
import { ContentError } from "../data/contentError.ts";
import { localize } from "../i18n/localize.ts";
import type { Fact, Unit } from "../schemas/fact.ts";
import type { Locale } from "../i18n/locales.ts";
import type { ChartSpec } from "./chartSpec.ts";
import { fillFacts, placeholderFacts } from "./fillFacts.ts";
import { units, type UnitsData, type UnitsPanel, type UnitsState, type UnitTone } from "./units.ts";

const panelFields = {
  /** Stable id that step states name in `panels` and `focus`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The figure in large type; `{fact-id}` placeholders are filled from facts. */
  value: localizedText,
  /** What the figure counts, under it; placeholders as in `value`. */
  title: localizedText,
  /** An optional smaller line; placeholders as in `value`. */
  note: localizedText.optional(),
  shape: z.enum(["square", "person"]).default("square"),
};

/** How a panel turns its facts into units. */
const panelSchema = z.discriminatedUnion("kind", [
  /** A percent fact as a hundred units; with `cut`, the share is what was taken away. */
  z.strictObject({ ...panelFields, kind: z.literal("share"), fact: z.string().min(1), cut: z.boolean().optional() }),
  /** "One in N": N units, one of them marked. */
  z.strictObject({ ...panelFields, kind: z.literal("oneIn"), fact: z.string().min(1) }),
  /** A count fact, one unit each. */
  z.strictObject({ ...panelFields, kind: z.literal("count"), fact: z.string().min(1) }),
  /** Two count facts, one unit each, told apart; `fact` is their total, which they must add up to. */
  z.strictObject({
    ...panelFields,
    kind: z.literal("parts"),
    fact: z.string().min(1),
    parts: z.tuple([z.string().min(1), z.string().min(1)]),
  }),
  /** Claim facts, one unit each, labelled with the claim. */
  z.strictObject({ ...panelFields, kind: z.literal("items"), items: z.array(z.string().min(1)).min(1) }),
]);

type PanelRecord = z.infer<typeof panelSchema>;

const stateSchema = z.strictObject({
  panels: z.array(z.string().min(1)).min(1).max(3),
  focus: z.string().optional(),
});

function numberFact(facts: Map<string, Fact>, id: string, unit: Unit, file: string): number {
  const fact = requireFact(facts, id, file);
  if (fact.kind !== "number" || fact.unit !== unit)
    throw new ContentError(file, undefined, `fact "${id}" is not a number with unit "${unit}"`);
  return fact.value;
}

function tones(record: PanelRecord, facts: Map<string, Fact>, file: string): UnitTone[] {
  const repeat = (count: number, tone: UnitTone): UnitTone[] => Array.from({ length: count }, () => tone);
  switch (record.kind) {
    case "share": {
      const share = Math.round(numberFact(facts, record.fact, "percent", file));
      return record.cut
        ? [...repeat(100 - share, "on"), ...repeat(share, "cut")]
        : [...repeat(share, "on"), ...repeat(100 - share, "off")];
    }
    case "oneIn":
      return ["on", ...repeat(numberFact(facts, record.fact, "count", file) - 1, "off")];
    case "count":
      return repeat(numberFact(facts, record.fact, "count", file), "on");
    case "parts": {
      const [first, second] = record.parts.map((id) => numberFact(facts, id, "count", file)) as [number, number];
      const total = numberFact(facts, record.fact, "count", file);
      if (first + second !== total)
        throw new ContentError(
          file,
          undefined,
          `panel "${record.id}": its parts add up to ${first + second}, not ${total}`,
        );
      return [...repeat(first, "on"), ...repeat(second, "alt")];
    }
    case "items":
      return record.items.map(() => "on");
  }
}

function factsOf(record: PanelRecord): string[] {
  const templates = [record.value, record.title, record.note].flatMap((text) => (text ? [text["zh-hant"]] : []));
  const own =
    record.kind === "items" ? record.items : record.kind === "parts" ? [record.fact, ...record.parts] : [record.fact];
  return [...own, ...templates.flatMap(placeholderFacts)];
}

/**
 * A pictogram chart's build side, for one dataset: `content/data/<name>.json` lists its panels.
 * Several datasets share the `units` chart, each registered under its own name.
 */
export function unitsSpec(name: string): ChartSpec<UnitsData, UnitsState> {
  const file = `content/data/${name}.json`;
  const loadPanels = () => loadJsonRecords(`${name}.json`, panelSchema);
  return {
    chart: units,
    stateSchema,
    load(locale: Locale, facts) {
      const fill = (text: LocalizedText | undefined) =>
        text ? fillFacts(localize(text, locale), facts, locale, file) : "";
      return {
        panels: loadPanels().map((record): UnitsPanel => {
          const labels =
            record.kind === "items"
              ? record.items.map((id) => localize(requireFact(facts, id, file).label, locale))
              : [];
          return {
            id: record.id,
            value: fill(record.value),
            title: fill(record.title),
            note: fill(record.note),
            shape: record.shape,
            // A hundred units read best as a ten-by-ten square.
            columns: record.kind === "share" ? 10 : 0,
            units: tones(record, facts, file).map((tone, index) => ({ tone, label: labels[index] ?? "" })),
          };
        }),
      };
    },
    check(data, state) {
      const ids = data.panels.map((panel) => panel.id);
      for (const id of [...state.panels, ...(state.focus ? [state.focus] : [])])
        if (!ids.includes(id)) return `"${id}" is not a panel in ${file}; use one of: ${ids.join(", ")}`;
      return null;
    },
    describe(data, state, locale) {
      const shown = state.panels.flatMap((id) => data.panels.filter((panel) => panel.id === id));
      const sentences = shown.map((panel) => {
        const items = panel.units.flatMap((unit) => (unit.label ? [unit.label] : []));
        const parts = [panel.value, panel.title, panel.note, items.join(locale === "en" ? "; " : "、")].filter(Boolean);
        return parts.join(locale === "en" ? ", " : "，");
      });
      const focus = shown.find((panel) => panel.id === state.focus);
      if (locale === "en") return `Pictogram. ${focus ? `Highlighted: ${focus.value}. ` : ""}${sentences.join(". ")}.`;
      return `單位圖。${focus ? `焦點：${focus.value}。` : ""}${sentences.join("。")}。`;
    },
    table(data, locale) {
      return {
        columns: locale === "en" ? ["What", "Figure", "Note"] : ["項目", "數字", "說明"],
        rows: data.panels.map((panel) => [
          panel.title,
          panel.value,
          [panel.note, ...panel.units.flatMap((unit) => (unit.label ? [unit.label] : []))]
            .filter(Boolean)
            .join(locale === "en" ? "; " : "、"),
        ]),
      };
    },
    factIds() {
      return loadPanels().flatMap(factsOf);
    },
  };
}
