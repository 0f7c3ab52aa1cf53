/**
 * A link checker for a build, offline: every internal link, asset and #anchor in every HTML file
 * (and every URL in the sitemap and the web app manifests) resolves to a file of the build.
 * "Internal" is anything under the site's root URL, which the root page's canonical link gives,
 * so the same check proves a build for a sub-path (BASE_PATH) keeps every URL under that path.
 */
import { existsSync, globSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";

export interface LinkReport {
  /** The site's root URL, e.g. "https://longgang.example.org/" or "https://x.github.io/longgang/". */
  siteRoot: string;
  /** How many internal URLs were checked. */
  checked: number;
  problems: string[];
}

/** Attributes that hold URLs, by CSS selector. */
const urlAttributes: [selector: string, attribute: string][] = [
  ["a[href], area[href], link[href]", "href"],
  ["script[src], img[src], iframe[src], source[src], audio[src], video[src], track[src], embed[src]", "src"],
  ["video[poster]", "poster"],
  ["form[action]", "action"],
  ["use[href], image[href]", "href"],
  ['meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"], meta[itemprop="image"]', "content"],
];

export function checkLinks(dir: string): LinkReport {
  const problems: string[] = [];
  const rootHtml = readFileSync(join(dir, "index.html"), "utf8");
  const canonical = parseHTML(rootHtml).document.querySelector('link[rel="canonical"]')?.getAttribute("href");
  if (!canonical) throw new Error(`${dir}/index.html has no canonical link to tell the site's root URL`);
  const siteRoot = new URL(canonical).href;
  const base = new URL(siteRoot).pathname;
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      const { document } = parseHTML(readFileSync(file, "utf8"));
      found = new Set(
        [...document.querySelectorAll("[id], a[name]")].map(
          (element) => element.getAttribute("id") ?? element.getAttribute("name") ?? "",
        ),
      );
      ids.set(file, found);
    }
    return found;
  };
  let checked = 0;

  /** Checks one URL found in `from` (a file of the build, whose own URL is `pageUrl`). */
  const check = (raw: string, from: string, pageUrl: string) => {
    const value = raw.trim();
    if (/^(mailto|tel|data|blob):/i.test(value)) return;
    if (/^javascript:/i.test(value)) {
      problems.push(`${from}: javascript: URL "${value.slice(0, 60)}"`);
      return;
    }
    let url: URL;
    try {
      url = new URL(value, pageUrl);
    } catch {
      problems.push(`${from}: malformed URL "${value.slice(0, 80)}"`);
      return;
    }
    if (url.origin !== new URL(siteRoot).origin) return; // another site: not checked offline
    checked += 1;
    if (!url.pathname.startsWith(base)) {
      problems.push(`${from}: "${value}" is outside the base path ${base}`);
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname.slice(base.length));
    } catch {
      problems.push(`${from}: badly encoded URL "${value}"`);
      return;
    }
    let file = join(dir, path);
    if (path === "" || path.endsWith("/")) file = join(file, "index.html");
    else if (existsSync(file) && statSync(file).isDirectory()) {
      problems.push(`${from}: "${value}" names a folder without the trailing slash`);
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      problems.push(`${from}: "${value}" → no such file ${file}`);
      return;
    }
    if (url.hash.length > 1 && file.endsWith(".html")) {
      let id: string;
      try {
        id = decodeURIComponent(url.hash.slice(1));
      } catch {
        problems.push(`${from}: badly encoded anchor "${value}"`);
        return;
      }
      if (!idsOf(file).has(id)) problems.push(`${from}: "${value}" → no element with id "${id}" in ${file}`);
    }
  };

  for (const relative of globSync("**/*.html", { cwd: dir }).sort()) {
    const file = join(dir, relative);
    const pageUrl = new URL(relative.replace(/(^|\/)index\.html$/, "$1"), siteRoot).href;
    const { document } = parseHTML(readFileSync(file, "utf8"));
    for (const [selector, attribute] of urlAttributes) {
      for (const element of document.querySelectorAll(selector)) {
        const value = element.getAttribute(attribute);
        if (value !== null) check(value, file, pageUrl);
      }
    }
    for (const element of document.querySelectorAll("img[srcset], source[srcset]")) {
      for (const candidate of (element.getAttribute("srcset") ?? "").split(",")) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) check(url, file, pageUrl);
      }
    }
  }
  for (const relative of globSync("**/sitemap*.xml", { cwd: dir })) {
    const xml = readFileSync(join(dir, relative), "utf8");
    for (const match of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>|\bhref="([^"]+)"/g)) {
      const url = match[1] ?? match[2];
      if (url) check(url.replace(/&amp;/g, "&"), join(dir, relative), siteRoot);
    }
  }
  for (const relative of globSync("**/*.webmanifest", { cwd: dir })) {
    const manifestUrl = new URL(relative, siteRoot).href;
    const manifest = JSON.parse(readFileSync(join(dir, relative), "utf8")) as {
      start_url?: string;
      scope?: string;
      icons?: { src: string }[];
    };
    for (const url of [manifest.start_url, manifest.scope, ...(manifest.icons ?? []).map((icon) => icon.src)]) {
      if (url) check(url, join(dir, relative), manifestUrl);
    }
  }
  return { siteRoot, checked, problems };
}
