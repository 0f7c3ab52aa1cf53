/**
 * Offline reading: after one visit, the service worker (src/build/serviceWorker.ts) has the
 * whole edition, so other chapters, the cover, a ?present link and the CSV data open with no
 * network; a new build's worker takes over and replaces the old cache. Everything without a
 * Content Security Policy violation.
 */
import assert from "node:assert/strict";
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import sirv from "sirv";
import { buildServiceWorker, serviceWorkerFile } from "../../src/build/serviceWorker.ts";
import { chapterPaths, useSite } from "./harness.ts";

const site = useSite();

/**
 * Serves a folder that the test rebuilds in place, as a host serves one address across deploys
 * (serveDist reads the files' sizes once, at start).
 */
async function serveChangingBuild(dir: string) {
  const base = `/${(process.env.BASE_PATH ?? "/").replace(/^\/|\/$/g, "")}/`.replace("//", "/");
  const assets = sirv(dir, { dev: true });
  const server = createServer((request, response) => {
    request.url = `/${(request.url ?? "/").slice(base.length)}`;
    assets(request, response, () => {
      response.statusCode = 404;
      response.end("not found");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A page whose service worker may run, reporting every CSP violation into `violations`. */
async function pageWithServiceWorker() {
  const { page, errors } = await site.page({ serviceWorkers: "allow" });
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportViolation: (violation: string) => void }).reportViolation;
    document.addEventListener("securitypolicyviolation", (event) =>
      report(`${event.effectiveDirective} blocked ${event.blockedURI}`),
    );
  });
  return { page, errors, violations };
}

/** Waits (with the page's timeout, so a worker that never takes control fails) until an activated one controls the page. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated");
}

/** The precached URLs (with their revision parameter) of the page's origin. */
const precachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.includes("-precache-")) continue;
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });

/** The precache manifest written into sw.js: each file and its revision (null when its name carries a hash). */
function precacheManifest(serviceWorker: string): Map<string, string | null> {
  const entries = [...serviceWorker.matchAll(/\{url:"([^"]+)",revision:(?:null|"([0-9a-f]+)")\}/g)];
  return new Map(entries.map(([, url = "", revision]) => [url, revision ?? null]));
}

describe("offline reading", () => {
  it("after one chapter, opens another, the cover, a ?present link and the data with no network", async () => {
    const { page, errors, violations } = await pageWithServiceWorker();
    await page.goto(site.url(chapterPaths[0]));
    await waitForServiceWorker(page);
    await page.context().setOffline(true);

    for (const path of [chapterPaths[1], `${chapterPaths[1]}?present`]) {
      const response = await page.goto(site.url(path));
      assert.ok(response?.ok() && response.fromServiceWorker(), `${path} comes from the service worker`);
      await page.waitForFunction(() =>
        [...document.querySelectorAll("scrolly-section")].every((section) => section.hasAttribute("data-ready")),
      );
      const figures = await page.evaluate(() => ({
        steps: document.querySelectorAll(".step").length,
        staticFigures: document.querySelectorAll(".step-figure svg").length,
        chartsStarted: document.querySelectorAll("scrolly-section:not([data-failed]) .figure-canvas svg").length,
        sections: document.querySelectorAll("scrolly-section").length,
      }));
      assert.ok(figures.steps > 0 && figures.staticFigures === figures.steps, `${path}: every step has its figure`);
      assert.equal(figures.chartsStarted, figures.sections, `${path}: every chart's script came from the cache`);
    }
    const csv = await page.locator("a[download]").first().getAttribute("href");
    const data = await page.evaluate(async (href) => (await fetch(href ?? "")).text(), csv);
    assert.ok(data.split("\n").length > 2, `${csv} opens offline`);

    const cover = await page.goto(site.url("zh-hant/"));
    assert.ok(cover?.fromServiceWorker());
    assert.ok((await page.locator(".chapter-list a").count()) >= 2, "the cover lists the chapters");

    assert.deepEqual(violations, [], "no Content Security Policy violations");
    assert.deepEqual(errors, []);
    const failed = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => false,
          () => true,
        ),
      site.url("og/index.png"),
    );
    assert.ok(failed, "the network really is off: a file the worker does not keep fails");
    await page.context().close();
  });

  it("precaches every page, script, style and CSV of every edition, each with a revision, but no preview image", () => {
    const manifest = precacheManifest(readFileSync(`dist/${serviceWorkerFile}`, "utf8"));
    const expected = globSync("**/*.{html,css,js,csv,webmanifest}", { cwd: "dist" }).filter(
      (file) => file !== serviceWorkerFile,
    );
    assert.ok(expected.length > 20);
    for (const file of expected) assert.ok(manifest.has(file), `${file} is precached`);
    for (const [url, revision] of manifest) {
      assert.ok(!url.startsWith("og/"), `${url}: preview images are for crawlers only`);
      assert.ok(revision !== null || url.startsWith("_astro/"), `${url} has a revision`);
    }
  });

  it("a new build's worker takes over, serves the new files and drops the old ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), "offline-build-"));
    cpSync("dist", dir, { recursive: true, dereference: true });
    const server = await serveChangingBuild(dir);
    const { page, errors } = await pageWithServiceWorker();
    try {
      await page.goto(`${server.url}zh-hant/`);
      await waitForServiceWorker(page);
      // A cache left by an older Workbox: cleanupOutdatedCaches must remove it.
      const outdated = await page.evaluate(async () => {
        const name = `workbox-precache-${(await navigator.serviceWorker.ready).scope}`;
        await (await caches.open(name)).put("outdated", new Response("outdated"));
        return name;
      });
      const before = await precachedUrls(page);

      // The next build: the cover changes and one data file is gone.
      const cover = join(dir, "zh-hant/index.html");
      writeFileSync(cover, readFileSync(cover, "utf8").replace("</main>", '<p id="next-build">next</p></main>'));
      const [removedCsv = ""] = globSync("zh-hans/data/*.csv", { cwd: dir });
      unlinkSync(join(dir, removedCsv));
      await buildServiceWorker(dir);

      // The browser checks for a new worker on navigation too; update() asks at once.
      const previous = await page.evaluateHandle(() => navigator.serviceWorker.controller);
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      await page.waitForFunction(
        (old) =>
          navigator.serviceWorker.controller !== old && navigator.serviceWorker.controller?.state === "activated",
        previous,
      );
      await page.context().setOffline(true);
      await page.goto(`${server.url}zh-hant/`);
      assert.equal(await page.locator("#next-build").count(), 1, "the new cover is served offline");

      const after = await precachedUrls(page);
      const coverEntry = (urls: string[]) => urls.find((url) => url.includes("/zh-hant/index.html"));
      assert.notEqual(coverEntry(after), coverEntry(before), "the cover's revision changed");
      assert.ok(before.some((url) => url.includes(removedCsv)));
      assert.ok(!after.some((url) => url.includes(removedCsv)), `${removedCsv} left the cache`);
      const names = await page.evaluate(() => caches.keys());
      assert.ok(!names.includes(outdated), "the outdated precache was deleted");
      assert.deepEqual(errors, []);
    } finally {
      await page.context().close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
