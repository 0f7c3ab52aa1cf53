import { globSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { generateSW } from "workbox-build";
import { publishedLocales } from "../i18n/locales.ts";
import { offlineCaches, type OfflineList } from "../client/offlineCaches.ts";
import { editionPages } from "../routes/routes.ts";

/** The service worker's file name, at the root of the build (so its scope is the base path). */
export const serviceWorkerFile = "sw.js";

/**
 * Writes sw.js into a finished build. It precaches only the shell, the site's scripts (a few dozen
 * KB, hashed names) and its icon, so a first visit costs little more than the page; it keeps each page a reader
 * opens (network first, so a new build shows at once online) and each file the pages load, as they
 * are visited. A whole edition is stored only when a teacher asks ("Save for offline", which fills
 * the same caches from the edition's offline list). /favicon.ico, which a browser may ask for by
 * itself, is never intercepted (the site has none): on a page that forwards at once (a step's share
 * page, which links no icon) that fetch may be left unfinished, and one the worker does not handle
 * cannot fail inside it.
 */
export async function buildServiceWorker(outDir: string) {
  return generateSW({
    globDirectory: outDir,
    globPatterns: ["_astro/**/*.js", "favicon.svg"],
    dontCacheBustURLsMatching: /^_astro\//,
    swDest: path.join(outDir, serviceWorkerFile),
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate",
        handler: "NetworkFirst",
        // ?present and ?presenter select a mode in the browser, never a different page.
        options: { cacheName: offlineCaches.pages, matchOptions: { ignoreSearch: true } },
      },
      {
        urlPattern: ({ url, request, sameOrigin }) =>
          sameOrigin &&
          request.mode !== "navigate" &&
          // Pages (ending in /) are the other route's; a page saved by the button is fetched, not navigated.
          !/\/og\/|\/favicon\.ico$|\/sw\.js$|\/$/.test(url.pathname),
        handler: "StaleWhileRevalidate",
        options: { cacheName: offlineCaches.files },
      },
    ],
    // One same-origin file: nothing for the CSP to allow beyond 'self'.
    inlineWorkboxRuntime: true,
    mode: "production",
    sourcemap: false,
  });
}

/** A built file's address below the base path: a page's folder, not its index.html. */
const addressOf = (file: string) =>
  file
    .split(path.sep)
    .join("/")
    .replace(/(^|\/)index\.html$/, "$1");

/**
 * Each edition's offline list: its pages (not the step share pages, which forward to their chapter),
 * its data, its manifest and the site's scripts and icons, with the bytes they take.
 */
export function writeOfflineLists(outDir: string): OfflineList[] {
  const files = (patterns: string[], ignore: string[] = []) => globSync(patterns, { cwd: outDir, exclude: ignore });
  const shared = files(["_astro/**/*.js", "icons/*", "favicon.svg"]);
  return publishedLocales.map((locale) => {
    const pages = files([`${locale}/**/index.html`], [`${locale}/*/step/**`]);
    const own = files([`${locale}/data/*.csv`, `${locale}/manifest.webmanifest`]);
    const list: OfflineList = {
      pages: pages.map(addressOf).sort(),
      files: [...own, ...shared].map(addressOf).sort(),
      bytes: [...pages, ...own, ...shared].reduce((sum, file) => sum + statSync(path.join(outDir, file)).size, 0),
    };
    mkdirSync(path.join(outDir, locale), { recursive: true });
    writeFileSync(path.join(outDir, locale, editionPages.offlineList), JSON.stringify(list));
    return list;
  });
}

/** The Astro integration: the offline lists and the service worker, written into the output folder. */
export function serviceWorker(): AstroIntegration {
  return {
    name: "service-worker",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const lists = writeOfflineLists(outDir);
        const { count, size, warnings } = await buildServiceWorker(outDir);
        for (const warning of warnings) logger.warn(warning);
        logger.info(`${serviceWorkerFile}: ${count} files precached (${Math.round(size / 1024)} KiB)`);
        const sizes = lists.map((list, i) => `${publishedLocales[i]} ${(list.bytes / 1024 / 1024).toFixed(1)} MB`);
        logger.info(`${editionPages.offlineList}: an edition saved for offline takes ${sizes.join(", ")}`);
      },
    },
  };
}
