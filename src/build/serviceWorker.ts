import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { generateSW } from "workbox-build";

/** The service worker's file name, at the root of the build (so its scope is the base path). */
export const serviceWorkerFile = "sw.js";

/**
 * Writes sw.js into a finished build: it precaches every page, style, script, icon, manifest
 * and CSV of every edition (not the og/ preview images, which only crawlers fetch), so after
 * one visit the whole story reads offline. Each file has a revision (a hash of its content;
 * Astro's _astro/ files carry theirs in their names), so a new build replaces exactly what
 * changed: the new worker takes over at once and drops entries the build no longer has.
 */
export async function buildServiceWorker(outDir: string) {
  return generateSW({
    globDirectory: outDir,
    globPatterns: ["**/*.{html,css,js,svg,png,webmanifest,csv}"],
    globIgnores: ["og/**", serviceWorkerFile],
    dontCacheBustURLsMatching: /^_astro\//,
    swDest: path.join(outDir, serviceWorkerFile),
    // Pages are folders (/zh-hant/farmers-city/ → …/index.html); query strings such as
    // ?present select a mode in the browser, never a different file.
    directoryIndex: "index.html",
    ignoreURLParametersMatching: [/.*/],
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // One same-origin file: nothing for the CSP to allow beyond 'self'.
    inlineWorkboxRuntime: true,
    mode: "production",
    sourcemap: false,
  });
}

/** The Astro integration: build the service worker into the output folder, wherever --outDir put it. */
export function serviceWorker(): AstroIntegration {
  return {
    name: "service-worker",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const { count, size, warnings } = await buildServiceWorker(fileURLToPath(dir));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`${serviceWorkerFile}: ${count} files precached (${Math.round(size / 1024)} KiB)`);
      },
    },
  };
}
