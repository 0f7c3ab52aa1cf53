/**
 * Deployment under a sub-path (as on GitHub Pages): a build with BASE_PATH=/longgang/ into its own
 * folder keeps every internal link and asset under /longgang/, and each kind of page works when served
 * there and only there (the server answers 404 outside the base path).
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../launchBrowser.ts";
import { serveDist, type DistServer } from "../serveDist.ts";
import { checkLinks } from "../../dist/checkLinks.ts";
import { assertNone, distPages, type DistPage } from "../../dist/distPages.ts";
import { settled } from "../harness.ts";

const outDir = "test-results/dist-base-path";
const basePath = "/longgang/";
const siteUrl = "https://example.github.io";

/** The first page of each kind, by the shape of its path: "", "en/", "en/farmers-city/", "en/teach/"… */
function kindsOfPage(pages: DistPage[]): DistPage[] {
  const kind = (path: string) => path.split("/").length + (path.includes("teach") ? 10 : 0);
  return [...new Map(pages.map((page) => [kind(page.path), page] as const)).values()];
}

describe(`a build for ${siteUrl}${basePath}`, () => {
  let server: DistServer;
  let browser: Browser;
  before(async () => {
    rmSync(outDir, { recursive: true, force: true });
    await promisify(execFile)(process.execPath, ["node_modules/astro/bin/astro.mjs", "build", "--outDir", outDir], {
      env: { ...process.env, SITE_URL: siteUrl, BASE_PATH: basePath, ASTRO_TELEMETRY_DISABLED: "1" },
      maxBuffer: 16 * 1024 * 1024,
    });
    server = await serveDist(basePath, outDir);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it("keeps every internal link, asset and #anchor under the base path, resolving to a file", () => {
    const report = checkLinks(outDir);
    assert.equal(report.siteRoot, `${siteUrl}${basePath}`);
    assert.ok(report.checked > 20, `only ${report.checked} internal URLs found`);
    assertNone(report.problems, "links in the sub-path build");
  });

  it("serves every page with all its requests answered and its charts started", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    page.on("requestfailed", (request) => problems.push(`failed ${request.url()}`));
    // Every kind of page (the root, a cover, a chapter, the teacher's pages): what the base path can break is
    // the same on every page of a kind, and every link of every page is checked above without a browser.
    for (const { path } of kindsOfPage(distPages(outDir))) {
      await page.goto(server.url + path);
      await settled(page);
      await page.waitForLoadState("networkidle");
      const failed = await page.locator("scrolly-section[data-failed]").count();
      if (failed > 0) problems.push(`/${path}: ${failed} chart(s) failed`);
    }
    assertNone(problems, "under the base path");
    assert.deepEqual(errors, []);
    await context.close();
  });
});
