import type { z } from "zod";
import type { Fact } from "../schemas/fact.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Chart } from "./chartTypes.ts";

/** A chart's data as a table: the accessible and downloadable view of what it draws. */
export interface DataTable {
  columns: string[];
  rows: string[][];
}

/**
 * Everything the build knows about a chart: how to load its data for an edition,
 * which step states are valid, and how to say in words what a state shows.
 * The browser only ever gets `chart` and the loaded data.
 */
export interface ChartSpec<Data, State> {
  chart: Chart<Data, State>;
  /** Validates a step's `state` prop; messages say what to write instead. */
  stateSchema: z.ZodType<State>;
  /** Resolves the chart's dataset into client-ready data with labels in the edition's language. */
  load(locale: Locale, facts: Map<string, Fact>): Data;
  /** Cross-checks a valid state against the data; returns what to fix, or null. */
  check(data: Data, state: State): string | null;
  /** A sentence or two saying what the figure shows at this state: the step's text alternative. */
  describe(data: Data, state: State, locale: Locale): string;
  table(data: Data, locale: Locale): DataTable;
  /** Ids of the facts the chart shows, for the chapter's source list. */
  factIds(): string[];
}

/** A spec with its types erased, as the registry holds it. */
export type AnyChartSpec = ChartSpec<unknown, unknown>;
