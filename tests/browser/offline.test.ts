/**
 * Offline reading: a first visit costs the page and little more (the worker's shell); once a teacher
 * presses "Save for offline", the service worker (src/integrations/serviceWorker.ts) has the whole edition,
 * so other chapters, the cover, a ?present link and the CSV data open with no network; a page a
 * reader opened reads again offline; a new build's worker takes over. Everything without a Content
 * Security Policy violation.
 */
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import sirv from "sirv";
import { gzipSync } from "node:zlib";
import { buildServiceWorker, serviceWorkerFile } from "../../src/integrations/serviceWorker.ts";
import { chapterPaths, useSite } from "./harness.ts";

const site = useSite();

/**
 * Serves a folder that the test rebuilds in place, as a host serves one address across deploys
 * (serveDist reads the files' sizes once, at start).
 */
async function serveChangingBuild(dir: string) {
  const base = `/${(process.env.BASE_PATH ?? "/").replace(/^\/|\/$/g, "")}/`.replace("//", "/");
  const assets = sirv(dir, { dev: true });
  /** Every path served, in order: what a visit downloads. */
  const served: string[] = [];
  const server = createServer((request, response) => {
    request.url = `/${(request.url ?? "/").slice(base.length)}`;
    served.push(request.url.split("?")[0] ?? "");
    assets(request, response, () => {
      response.statusCode = 404;
      response.end("not found");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`,
    served,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A page whose service worker may run, reporting every CSP violation into `violations`. */
async function pageWithServiceWorker() {
  const { page, errors } = await site.page({ serviceWorkers: "allow" });
  const violations: string[] = [];
  page.on("requestfailed", (r) => console.log("FAILED", r.url(), r.failure()?.errorText));
  page.on("console", (m) => console.log("CONSOLE", m.type(), m.text(), JSON.stringify(m.location())));
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

/** Bytes a host sends for the files served (gzip, as in the budget test; a folder is its index.html). */
function gzipBytes(dir: string, paths: string[]): number {
  return paths.reduce((sum, path) => {
    const file = join(dir, path.endsWith("/") ? `${path}index.html` : path);
    try {
      return sum + gzipSync(readFileSync(file)).length;
    } catch {
      return sum; // a 404
    }
  }, 0);
}

/** Presses the cover's "Save for offline" and waits until the edition is stored. */
async function saveForOffline(page: Page, cover: string): Promise<string> {
  await page.goto(cover);
  // Shown once its script has the edition's list, and so its size.
  const button = page.locator("save-offline:not([hidden]) button");
  await button.waitFor();
  const label = (await button.textContent()) ?? "";
  await button.click();
  await page.waitForFunction(
    () =>
      document.querySelector("save-offline")?.getAttribute("data-done") ===
      document.querySelector(".save-offline-status")?.textContent,
    undefined,
    { timeout: 120_000 },
  );
  return label;
}

/** The precache manifest written into sw.js: each file and its revision (null when its name carries a hash). */
function precacheManifest(serviceWorker: string): Map<string, string | null> {
  const entries = [...serviceWorker.matchAll(/\{url:"([^"]+)",revision:(?:null|"([0-9a-f]+)")\}/g)];
  return new Map(entries.map(([, url = "", revision]) => [url, revision ?? null]));
}

describe("offline reading", () => {
  it("once the edition is saved, opens another chapter, the cover, a ?present link and the data with no network", async () => {
    const { page, errors, violations } = await pageWithServiceWorker();
    await page.goto(site.url(chapterPaths[0]));
    await waitForServiceWorker(page);
    const label = await saveForOffline(page, site.url("zh-hant/"));
    assert.match(label, /\d(\.\d)? [MK]B/, `the button shows the edition's size: "${label}"`);
    await page.waitForLoadState("networkidle");
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

  it("precaches only the scripts; a reader's first visit downloads the page and at most 100 KB more", async () => {
    const manifest = precacheManifest(readFileSync(`dist/${serviceWorkerFile}`, "utf8"));
    assert.ok(manifest.size > 0);
    for (const url of manifest.keys())
      assert.match(url, /^(_astro\/.+\.js|favicon\.svg)$/, `${url}: only the shell is precached`);

    const server = await serveChangingBuild("dist");
    try {
      // The page alone, with no service worker: what a reader needs to read it.
      const alone = await site.page({ serviceWorkers: "block" });
      await alone.page.goto(`${server.url}${chapterPaths[1]}`);
      await alone.page.waitForLoadState("networkidle");
      const pageBytes = gzipBytes("dist", server.served.splice(0));
      await alone.page.context().close();

      const { page, errors } = await pageWithServiceWorker();
      await page.goto(`${server.url}${chapterPaths[1]}`);
      await waitForServiceWorker(page);
      // The page itself is kept once the worker runs (registerServiceWorker.ts).
      await page.waitForFunction(async () => (await caches.match(location.pathname)) !== undefined);
      await page.waitForLoadState("networkidle");
      const visitBytes = gzipBytes("dist", server.served);
      assert.ok(server.served.includes("/sw.js"), "the worker was installed");
      assert.ok(
        visitBytes <= pageBytes + 100 * 1024,
        `a first visit downloads ${(visitBytes / 1024).toFixed(1)} KB, the page alone ${(pageBytes / 1024).toFixed(1)} KB`,
      );
      // What the reader opened reads again offline.
      await page.context().setOffline(true);
      const again = await page.goto(`${server.url}${chapterPaths[1]}`);
      assert.ok(again?.ok() && again.fromServiceWorker(), "the page just read opens offline");
      assert.deepEqual(errors, []);
      await page.context().close();
    } finally {
      await server.close();
    }
  });

  it("a new build's worker takes over, serves the new pages and scripts and drops outdated caches", async () => {
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

      // The next build: the cover changes and a script is new.
      const cover = join(dir, "zh-hant/index.html");
      writeFileSync(cover, readFileSync(cover, "utf8").replace("</main>", '<p id="next-build">next</p></main>'));
      writeFileSync(join(dir, "_astro/nextBuild.Ab12Cd34.js"), "export {};");
      await buildServiceWorker(dir);

      // The browser checks for a new worker on navigation too; update() asks at once.
      const previous = await page.evaluateHandle(() => navigator.serviceWorker.controller);
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      await page.waitForFunction(
        (old) =>
          navigator.serviceWorker.controller !== old && navigator.serviceWorker.controller?.state === "activated",
        previous,
      );
      await page.goto(`${server.url}zh-hant/`);
      // Online, the new worker keeps the new cover; nothing may be left in flight when the network goes.
      await page.waitForFunction(async () => (await caches.match(location.pathname)) !== undefined);
      await page.waitForLoadState("networkidle");
      await page.context().setOffline(true);
      await page.goto(`${server.url}zh-hant/`);
      assert.equal(await page.locator("#next-build").count(), 1, "the new cover is served offline");
      const cachedUrls = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys())
          for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
        return urls;
      });
      assert.ok(
        cachedUrls.some((url) => url.includes("nextBuild.Ab12Cd34.js")),
        "the new script is precached",
      );
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
