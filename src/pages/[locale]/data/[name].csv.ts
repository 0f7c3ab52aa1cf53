import type { APIRoute, GetStaticPaths } from "astro";
import { chartCsv } from "../../../charts/build/chartCsv.ts";
import { chartSpecs } from "../../../charts/build/chartSpecs.ts";
import { csvNames } from "../../../routes/csvNames.ts";
import { story } from "../../../story/story.ts";
import { publishedLocales, type Locale } from "../../../i18n/locales.ts";

/** Each chart's figures as a CSV download, per edition, named by what it holds (registered-businesses.csv). */
export const getStaticPaths: GetStaticPaths = () =>
  publishedLocales.flatMap((locale) =>
    Object.keys(chartSpecs).map((chart) => ({ params: { locale, name: csvNames[chart] }, props: { chart } })),
  );

export const GET: APIRoute = ({ params, props }) => {
  const locale = params["locale"] as Locale;
  const chart = String(props["chart"]);
  const spec = chartSpecs[chart];
  if (!spec) throw new Error(`Unknown chart "${chart}"`);
  return new Response(chartCsv(spec, locale, story.facts(), story.sources()), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
