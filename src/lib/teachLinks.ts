import { csvName } from "../charts/csvNames.ts";
import type { Locale } from "../i18n/locales.ts";
import { withBase } from "./withBase.ts";

/** The teacher's pages inside an edition, as Base's `pagePath`, the sitemap and the preview cards name them. */
export const teachPages = { guide: "teach/", worksheet: "teach/worksheet/", handout: "handout/" } as const;

/**
 * Addresses of the classroom pages, below the base path. Covers, the presenter view and the
 * chapters link to the teacher's pages through these, so the paths live in one place.
 */
export const teachLinks = {
  /** The teacher's guide of an edition: /<locale>/teach/. */
  guide: (locale: Locale) => withBase(`${locale}/${teachPages.guide}`),
  /** The guide's notes on one chapter's discussion questions: /<locale>/teach/#discuss-<slug>. */
  discussionNotes: (locale: Locale, slug: string) => withBase(`${locale}/${teachPages.guide}#discuss-${slug}`),
  /** The one-page handout of an edition: /<locale>/handout/. */
  handout: (locale: Locale) => withBase(`${locale}/${teachPages.handout}`),
  /** The student worksheet of an edition: /<locale>/teach/worksheet/. */
  worksheet: (locale: Locale) => withBase(`${locale}/${teachPages.worksheet}`),
  /** A chapter opened as slides, at one step if given: /<locale>/<slug>/?present#<step>. */
  slide: (locale: Locale, slug: string, step?: string) =>
    withBase(`${locale}/${slug}/?present${step ? `#${step}` : ""}`),
  /** A chart's data as a CSV download, named by what it holds: /<locale>/data/registered-businesses.csv. */
  csv: (locale: Locale, chart: string) => withBase(`${locale}/data/${csvName(chart)}`),
};
