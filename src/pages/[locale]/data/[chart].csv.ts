import type { APIRoute, GetStaticPaths } from "astro";
import { chartSpecs } from "../../../charts/chartSpecs.ts";
import { loadChartData } from "../../../data/loadChartData.ts";
import { publishedLocales, type Locale } from "../../../i18n/locales.ts";
import { toCsv } from "../../../lib/toCsv.ts";

/** Each chart's data table as a CSV download, per edition. */
export const getStaticPaths: GetStaticPaths = () =>
  publishedLocales.flatMap((locale) => Object.keys(chartSpecs).map((chart) => ({ params: { locale, chart } })));

export const GET: APIRoute = ({ params }) => {
  const locale = params["locale"] as Locale;
  const chart = params["chart"] ?? "";
  const spec = chartSpecs[chart];
  if (!spec) throw new Error(`Unknown chart "${chart}"`);
  const table = spec.table(loadChartData(chart, locale), locale);
  return new Response(toCsv([table.columns, ...table.rows]), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
