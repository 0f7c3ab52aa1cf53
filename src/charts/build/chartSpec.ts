import type { z } from "zod";
import type { Fact } from "../../schemas/fact.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Chart } from "../chartTypes.ts";

/** A chart's data as a table: the accessible view of what it draws, in the edition's words (recordsTable). */
export interface DataTable {
  columns: string[];
  rows: string[][];
}

/** One row of a chart's data download: a figure a teacher can put in a spreadsheet and chart. */
export interface DataRecord {
  /** What the figure is: a year, a category, an event, in the edition's language. */
  label: string;
  /** The figure as a bare number (5000, not "about 5,000 people"), a date as YYYY-MM-DD, or null. */
  value: number | string | null;
  /** The unit in words (people, %, 人). */
  unit: string;
  /** How the source qualifies the figure (about), a derived figure's arithmetic, a caveat. */
  note: string;
  /** The fact the figure comes from; the download names its source. */
  fact: string;
  /** What the figure measures where figures of one kind differ (resident or registered population). */
  measure?: string;
}

/**
 * Everything the build knows about a chart: how to load its data for an edition,
 * which step states are valid, and how to say in words what a state shows.
 * The browser only ever gets the chart module (`<name>/chart.ts`) and the loaded data.
 */
export interface ChartSpec<Data, State> {
  /** The chart module; the browser loads it as `<chart.name>/chart.ts`. */
  chart: Chart<Data, State>;
  /** Validates a step's `state` prop; messages say what to write instead. */
  stateSchema: z.ZodType<State>;
  /** Resolves the chart's dataset into client-ready data with labels in the edition's language. */
  load(locale: Locale, facts: Map<string, Fact>): Data;
  /** Cross-checks a valid state against the data; returns what to fix, or null. */
  check(data: Data, state: State): string | null;
  /** A sentence or two saying what the figure shows at this state: the step's text alternative. */
  describe(data: Data, state: State, locale: Locale): string;
  /** Every figure the chart shows, one row each, for the CSV download. */
  records(locale: Locale, facts: Map<string, Fact>): DataRecord[];
  /** Ids of the facts the chart shows, for the chapter's source list. */
  factIds(): string[];
}

/** A spec with its types erased, as the registry holds it. */
export type AnyChartSpec = ChartSpec<unknown, unknown>;
