import { z } from "zod";
import { ContentError } from "../../story/contentError.ts";
import { requireFact } from "../../story/facts.ts";
import { loadJsonRecords } from "../../story/loadJsonRecords.ts";
import { fill } from "../../i18n/fill.ts";
import type { Locale } from "../../i18n/locales.ts";
import { localize } from "../../i18n/localize.ts";
import type { Fact } from "../../schemas/fact.ts";
import { localizedText, type LocalizedText } from "../../schemas/localized.ts";
import type { ChartSpec, DataRecord } from "../build/chartSpec.ts";
import { chartStrings } from "../build/chartStrings.ts";
import { commonStrings } from "../build/commonStrings.ts";
import { dataRecord } from "../build/dataRecord.ts";
import { idCheck } from "../build/idCheck.ts";
import { factRef, recordId } from "../build/fields.ts";
import { fillFacts, placeholderFacts } from "../build/fillFacts.ts";
import { numberFact } from "../build/numberFact.ts";
import { chart, type PictogramData, type PictogramPanel, type PictogramState, type UnitTone } from "./chart.ts";
import strings from "./strings.json" with { type: "json" };

const panelFields = {
  /** Stable id that step states name in `panels` and `focus`. */
  id: recordId,
  /** The figure in large type; `{fact-id}` placeholders are filled from facts. */
  value: localizedText,
  /** What the figure counts, under it; placeholders as in `value`. */
  title: localizedText,
  /** An optional smaller line; placeholders as in `value`. */
  note: localizedText.optional(),
  /** `person` units are drawn as dots, `square` ones as squares. */
  shape: z.enum(["square", "person"]).default("square"),
};

/** How a panel turns its facts into units. */
const panelSchema = z.discriminatedUnion("kind", [
  /** A percent fact as a hundred units; with `cut`, the share is what was taken away. */
  z.strictObject({ ...panelFields, kind: z.literal("share"), fact: factRef, cut: z.boolean().optional() }),
  /** "One in N": N units, one of them marked. */
  z.strictObject({ ...panelFields, kind: z.literal("oneIn"), fact: factRef }),
  /** A count fact, one unit each. */
  z.strictObject({ ...panelFields, kind: z.literal("count"), fact: factRef }),
  /** Two count facts, one unit each, told apart; `fact` is their total, which they must add up to. */
  z.strictObject({ ...panelFields, kind: z.literal("parts"), fact: factRef, parts: z.tuple([factRef, factRef]) }),
  /** Claim facts, one unit each, labelled with the claim. */
  z.strictObject({ ...panelFields, kind: z.literal("items"), items: z.array(factRef).min(1) }),
]);

type PanelRecord = z.infer<typeof panelSchema>;

const repeat = (count: number, tone: UnitTone): UnitTone[] => Array.from({ length: count }, () => tone);

function tones(record: PanelRecord, facts: Map<string, Fact>, file: string): UnitTone[] {
  const value = (id: string, unit: "percent" | "count") => numberFact(facts, id, [unit], file).value;
  switch (record.kind) {
    case "share": {
      const share = Math.round(value(record.fact, "percent"));
      return record.cut
        ? [...repeat(100 - share, "on"), ...repeat(share, "cut")]
        : [...repeat(share, "on"), ...repeat(100 - share, "off")];
    }
    case "oneIn":
      return ["on", ...repeat(value(record.fact, "count") - 1, "off")];
    case "count":
      return repeat(value(record.fact, "count"), "on");
    case "parts": {
      const [first, second] = record.parts.map((id) => value(id, "count")) as [number, number];
      const total = value(record.fact, "count");
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

/** The facts a panel draws as units. */
function ownFacts(record: PanelRecord): string[] {
  if (record.kind === "items") return record.items;
  return record.kind === "parts" ? [record.fact, ...record.parts] : [record.fact];
}

/** The facts a panel's figures come from: those it draws and those its text names. */
function factsOf(record: PanelRecord): string[] {
  const templates = [record.value, record.title, record.note].flatMap((text) => (text ? [text["zh-hant"]] : []));
  return [...ownFacts(record), ...templates.flatMap(placeholderFacts)];
}

function loadPanel(record: PanelRecord, locale: Locale, facts: Map<string, Fact>, file: string): PictogramPanel {
  const withFacts = (text: LocalizedText | undefined) =>
    text ? fillFacts(localize(text, locale), facts, locale, file) : "";
  const labels =
    record.kind === "items" ? record.items.map((id) => localize(requireFact(facts, id, file).label, locale)) : [];
  return {
    id: record.id,
    value: withFacts(record.value),
    title: withFacts(record.title),
    note: withFacts(record.note),
    shape: record.shape === "person" ? "dot" : "square",
    // A hundred units read best as a ten-by-ten square.
    columns: record.kind === "share" ? 10 : 0,
    units: tones(record, facts, file).map((tone, index) => ({ tone, label: labels[index] ?? "" })),
  };
}

/**
 * A pictogram chart's build side, for one dataset: `content/data/<name>.json` lists its panels.
 * Several datasets share the pictogram chart, each registered under its own name.
 */
export function pictogramSpec(name: string): ChartSpec<PictogramData, PictogramState> {
  const file = `content/data/${name}.json`;
  const loadPanels = () => loadJsonRecords(`${name}.json`, panelSchema);
  const items = (panel: PictogramPanel) => panel.units.flatMap((unit) => (unit.label ? [unit.label] : []));
  return {
    chart,
    /** A step's `state`, checked when the chapter builds. */
    stateSchema: z.strictObject({ panels: z.array(z.string().min(1)).min(1).max(3), focus: z.string().optional() }),
    load(locale, facts) {
      return { panels: loadPanels().map((record) => loadPanel(record, locale, facts, file)) };
    },
    check: idCheck<PictogramData, PictogramState>("panels", ["panels", "focus"], `a panel in ${file}`),
    describe(data, state, locale) {
      const words = chartStrings(strings, locale);
      const shown = state.panels.flatMap((id) => data.panels.filter((panel) => panel.id === id));
      const focus = shown.find((panel) => panel.id === state.focus);
      // A title that goes on from its figure ("One in 4" "residents is a “boss”") reads as one
      // phrase; a list of items follows the title that introduces it ("…, among them: A; B").
      const sentences = shown.map((panel) => {
        const list = items(panel).join(words.items);
        const title = list ? `${panel.title}${words.list}${list}` : panel.title;
        const runsOn = panel.value !== "" && /^\p{Ll}/u.test(title);
        const head = runsOn
          ? `${panel.value}${words.runOn}${title}`
          : [panel.value, title].filter(Boolean).join(words.panel);
        const sentence = [head, panel.note].filter(Boolean).join(words.note);
        return sentence.charAt(0).toUpperCase() + sentence.slice(1);
      });
      return fill(words.describe, {
        focus: focus ? fill(commonStrings(locale).highlighted, { label: focus.value }) : "",
        panels: sentences.join(words.panels),
      });
    },
    records(locale, facts) {
      return loadPanels().flatMap((record): DataRecord[] =>
        ownFacts(record).map((id) => dataRecord(requireFact(facts, id, file), locale)),
      );
    },
    factIds() {
      return loadPanels().flatMap(factsOf);
    },
  };
}
