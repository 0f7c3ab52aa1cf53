/**
 * Budgets and stability, measured in the browser: what a chapter page really downloads (every
 * script, static or dynamically imported, after every section has drawn), gzip-compressed as a host
 * would send it; no font and nothing from another site requested; no layout shift on load or at a deep
 * link. What the built files alone show (no render-blocking request, no font in the build) is in
 * tests/dist/firstPaint.test.ts.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { scrollToStep, settled, useSite, viewports, waitForDrawn } from "../harness.ts";
import { layoutShifts, recordShifts } from "../layoutShifts.ts";
import { assertNone, distPages, layoutPages } from "../../dist/distPages.ts";

const site = useSite();
const pages = distPages();
const chapters = pages.filter((page) => page.chapter);
const KB = 1024;
/**
 * Budgets per chapter page, gzip bytes: the JavaScript a reader's visit loads, however far they read
 * (presentation and sharing code load on first use), the chapter's own HTML, and everything together.
 * The HTML carries the site's styles inline (no stylesheet request before the first paint: about
 * 6 KB gzip), so its budget is 26 KB where it was 20 KB with the styles in a file of their own.
 * The script budget is 21 KB where it was 20: the heaviest chapter (three charts) measured 20.6 KB once
 * every chart set its labels by the page's line-breaking rules (kinsoku, a number kept with its unit)
 * and every page registered the service worker that caches what a reader visits.
 */
const budget = { script: 21 * KB, html: 26 * KB, htmlCssJs: 120 * KB };

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

interface Transfer {
  url: string;
  type: string;
  gzip: number;
}

/** The first step of each scrolly section of the page. */
const firstStepOfEachSection = (page: Page) =>
  page
    .locator("scrolly-section")
    .evaluateAll((sections) => sections.flatMap((section) => section.querySelector("[data-step]")?.id ?? []));

/** Waits until the page has made no new request for 200 ms. */
async function quiet(page: Page): Promise<void> {
  let count = -1;
  for (;;) {
    const now = await page.evaluate(() => performance.getEntriesByType("resource").length);
    if (now === count) return;
    count = now;
    await page.waitForTimeout(200);
  }
}

describe("size budgets (gzip), web fonts, other origins", () => {
  it(`a chapter ships ≤ ${kb(budget.script)} of JavaScript, ≤ ${kb(budget.html)} of HTML and ≤ ${kb(budget.htmlCssJs)} of HTML + CSS + JS; no page loads a font or anything from another origin`, async (t) => {
    const problems: string[] = [];
    for (const { path, chapter } of pages) {
      // A fresh context per page: nothing comes from the cache.
      const { page, errors } = await site.page({ viewport: viewports.phone });
      const origin = new URL(site.url()).origin;
      const responses: Promise<Transfer | null>[] = [];
      page.on("request", (request) => {
        const url = request.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) problems.push(`/${path}: request to another origin: ${url}`);
        if (request.resourceType() === "font") problems.push(`/${path}: web font ${url}`);
      });
      page.on("response", (response) =>
        responses.push(
          response
            .body()
            .then((body) => ({
              url: response.url(),
              type: response.request().resourceType(),
              gzip: gzipSync(body).length,
            }))
            .catch(() => null),
        ),
      );
      await page.goto(site.url(path));
      await settled(page);
      // Each section into view and drawn, so that code loaded later (on scroll: the chart modules) is counted
      // too; a section's steps share its module.
      for (const id of await firstStepOfEachSection(page)) {
        await scrollToStep(page, id);
        await waitForDrawn(page, id);
      }
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await quiet(page);
      const loaded = (await Promise.all(responses)).filter((transfer) => transfer !== null);
      const sum = (types: string[]) =>
        loaded.filter((transfer) => types.includes(transfer.type)).reduce((total, { gzip }) => total + gzip, 0);
      const script = sum(["script"]);
      const html = sum(["document"]);
      const total = sum(["document", "stylesheet", "script"]);
      const scripts = loaded.filter((transfer) => transfer.type === "script");
      t.diagnostic(
        `/${path}: JS ${kb(script)} in ${scripts.length} files; HTML ${kb(html)}; HTML + CSS + JS ${kb(total)}`,
      );
      if (chapter) {
        assert.ok(scripts.length > 0, `/${path}: loads its scripts`);
        if (script > budget.script) {
          const files = scripts.map((file) => `${file.url.split("/").at(-1)} ${kb(file.gzip)}`).join(", ");
          problems.push(`/${path}: JavaScript ${kb(script)} > ${kb(budget.script)} (${files})`);
        }
        if (html > budget.html) problems.push(`/${path}: HTML ${kb(html)} > ${kb(budget.html)}`);
        if (total > budget.htmlCssJs) problems.push(`/${path}: HTML + CSS + JS ${kb(total)} > ${kb(budget.htmlCssJs)}`);
      }
      problems.push(...errors.map((error) => `/${path}: ${error}`));
      await page.context().close();
    }
    assertNone(problems, "budgets and requests");
  });
});

describe("layout stability", () => {
  for (const [name, viewport] of Object.entries(viewports)) {
    it(`a chapter does not shift when it loads, nor when it opens at a deep link (${name})`, async () => {
      const problems: string[] = [];
      const { page } = await site.page({ viewport });
      await page.addInitScript(recordShifts);
      for (const { path, html } of layoutPages(chapters)) {
        const ids = [...html.matchAll(/\bdata-step="([^"]+)"/g)].map((match) => match[1]);
        const middle = ids[Math.floor(ids.length / 2)] ?? "";
        for (const url of [site.url(path), `${site.url(path)}#${middle}`]) {
          await page.goto("about:blank");
          await page.goto(url);
          await settled(page);
          const { cls, shifts } = await layoutShifts(page);
          if (cls > 0)
            problems.push(`${url}: CLS ${cls.toFixed(4)} (${shifts.flatMap((shift) => shift.sources).join(" | ")})`);
        }
      }
      assertNone(problems, "layout shift");
      await page.context().close();
    });
  }
});
