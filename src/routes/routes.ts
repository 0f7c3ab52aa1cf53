/**
 * Every address of the site, below the configured base path (BASE_PATH, so the same build serves from a
 * domain root or a sub-folder). Pages, components, cards and the client build links here and nowhere
 * else, as Starlight's routing does; a page's file under src/pages/ and its route here change together.
 */
import type { Locale } from "../i18n/locales.ts";
import { csvName } from "./csvNames.ts";
import { previewPath } from "./previewPath.ts";

/** The pages of an edition besides its chapters, by their path inside the edition (Base's `pagePath`). */
export const editionPages = {
  cover: "",
  glossary: "glossary/",
  print: "print/",
  handout: "handout/",
  guide: "teach/",
  worksheet: "teach/worksheet/",
  /** What "Save for offline" stores for the edition, written after the build (src/integrations/serviceWorker.ts). */
  offlineList: "offline.json",
  manifest: "manifest.webmanifest",
} as const;

/** A path below the site's root, with the base path in front: `en/` → `/en/`, or `/longgang/en/`. */
function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, "");
  return `${base}/${path.replace(/^\//, "")}`;
}

/** The site's root, below the base path: the language choice, and the service worker's scope. */
export const siteRoot = () => withBase("");

const hash = (anchor?: string) => (anchor ? `#${anchor}` : "");

export const routes = {
  /** The site's root (also exported alone, so a browser script takes only this). */
  root: siteRoot,
  /** A page of an edition by its path inside it (`teach/`, a chapter's `farmers-city/`): the same page in another edition. */
  page: (locale: Locale, pagePath: string) => withBase(`${locale}/${pagePath}`),
  /** An edition's cover: /<locale>/. */
  cover: (locale: Locale) => withBase(`${locale}/`),
  /** A chapter, at a step or another anchor if given: /<locale>/<slug>/#<anchor>. */
  chapter: (locale: Locale, slug: string, anchor?: string) => withBase(`${locale}/${slug}/${hash(anchor)}`),
  /** A step's share page, with its own title and preview card: /<locale>/<slug>/step/<step>/. */
  stepPage: (locale: Locale, slug: string, step: string) => withBase(`${locale}/${slug}/step/${step}/`),
  /** A chapter opened as slides, at one step if given: /<locale>/<slug>/?present#<step>. */
  slides: (locale: Locale, slug: string, step?: string) => withBase(`${locale}/${slug}/?present${hash(step)}`),
  /** The glossary, at one term if given: /<locale>/glossary/#glossary-<id>. */
  glossary: (locale: Locale, termId?: string) =>
    withBase(`${locale}/${editionPages.glossary}${termId ? `#glossary-${termId}` : ""}`),
  /** The whole story on one printable page: /<locale>/print/. */
  print: (locale: Locale) => withBase(`${locale}/${editionPages.print}`),
  /** The one-page classroom handout: /<locale>/handout/. */
  handout: (locale: Locale) => withBase(`${locale}/${editionPages.handout}`),
  /** The teacher's guide, at its notes on one chapter's discussion if given: /<locale>/teach/#discuss-<slug>. */
  guide: (locale: Locale, discussionOf?: string) =>
    withBase(`${locale}/${editionPages.guide}${discussionOf ? `#discuss-${discussionOf}` : ""}`),
  /** The student worksheet: /<locale>/teach/worksheet/. */
  worksheet: (locale: Locale) => withBase(`${locale}/${editionPages.worksheet}`),
  /** A chart's data as a CSV, named by what it holds: /<locale>/data/registered-businesses.csv. */
  csv: (locale: Locale, chart: string) => withBase(`${locale}/data/${csvName(chart)}`),
  /** The edition's list of files to save for offline reading. */
  offlineList: (locale: Locale) => withBase(`${locale}/${editionPages.offlineList}`),
  /** The edition's web app manifest. */
  manifest: (locale: Locale) => withBase(`${locale}/${editionPages.manifest}`),
  /** A page's preview card (src/routes/previewPath.ts): null for the language choice. */
  preview: (locale: Locale, pagePath: string | null) => withBase(previewPath(locale, pagePath)),
  /** The app icon of a size in pixels. */
  icon: (size: number) => withBase(`icons/icon-${size}.png`),
  favicon: () => withBase("favicon.svg"),
  sitemap: () => withBase("sitemap.xml"),
  /** A route as a full address on the site's origin, for canonical links, cards, QR codes and the sitemap. */
  absolute: (route: string, site: URL | string | undefined) => new URL(route, site).href,
};
