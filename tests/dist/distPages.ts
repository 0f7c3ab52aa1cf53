/**
 * The pages of a build, discovered from its files (every `**∕index.html`), so a new chapter
 * or a new edition is checked by every quality test without touching the tests.
 */
import { globSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { publishedLocales } from "../../src/i18n/locales.ts";

export interface DistPage {
  /** The page's path below the base path: "" for the root, "zh-hant/farmers-city/" for a chapter. */
  path: string;
  /** The file, e.g. "dist/zh-hant/farmers-city/index.html". */
  file: string;
  html: string;
  /** A chapter page (an `<article class="chapter">`), as opposed to a cover. */
  chapter: boolean;
}

export function distPages(dir = "dist"): DistPage[] {
  const pages = globSync("**/index.html", { cwd: dir })
    .sort()
    .map((file) => {
      const html = readFileSync(join(dir, file), "utf8");
      const path = file.slice(0, -"index.html".length).split(sep).join("/");
      return { path, file: join(dir, file), html, chapter: /<article[^>]*\bclass="(?:[^"]* )?chapter[ "]/.test(html) };
    })
    // A page that forwards at once (a step's share page) is not one a reader stays on: the browser
    // would test its target instead. Its HTML is still validated; tests/browser/sharing.test.ts checks the rest.
    .filter((page) => !/<meta http-equiv="refresh"/.test(page.html));
  if (!pages.some((page) => page.path === "") || !pages.some((page) => page.chapter)) {
    throw new Error(`${dir}/ holds no root page or no chapter page: build the site first.`);
  }
  return pages;
}

/**
 * The pages a layout walk visits (keyboard, reflow, layout shift, slide links, printed length): all but
 * the Simplified edition's. Its pages are the Traditional edition's markup, styles and scripts with the
 * characters converted (src/i18n/toSimplified.ts; editions.test.ts holds that the structure matches),
 * so a layout walk there repeats the Traditional one. The checks of content (axe, console errors,
 * sizes, the security policy) and the slide controls, whose Simplified words are longer, walk it too.
 */
export function layoutPages(pages: DistPage[]): DistPage[] {
  return pages.filter((page) => !page.path.startsWith("zh-hans/"));
}

/** The editions a layout walk visits (see layoutPages). */
export const layoutLocales = publishedLocales.filter((locale) => locale !== "zh-hans");

/** Every HTML file of a build (pages and any other HTML, such as a 404 page). */
export function htmlFiles(dir = "dist"): string[] {
  return globSync("**/*.html", { cwd: dir })
    .sort()
    .map((file) => join(dir, file));
}

/** Fails with one line per problem (rather than a diff of two arrays, which prints everything twice). */
export function assertNone(problems: readonly string[], what: string): void {
  if (problems.length > 0) throw new Error(`${what}:\n  ${problems.join("\n  ")}`);
}
