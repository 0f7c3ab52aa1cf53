/**
 * Deployment under a sub-path (as on GitHub Pages): a build with BASE_PATH=/longgang/ into its own
 * folder keeps every internal link and asset under /longgang/, and every page works when served
 * there and only there (the server answers 404 outside the base path).
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../launchBrowser.ts";
import { serveDist, type DistServer } from "../serveDist.ts";
import { checkLinks } from "./checkLinks.ts";
import { assertNone, distPages, settled } from "./distPages.ts";

const outDir = "test-results/dist-base-path";
const basePath = "/longgang/";
const siteUrl = "https://example.github.io";

describe("the GitHub Pages workflow", () => {
  it("builds with the Pages origin and base path and publishes dist/", () => {
    const workflow = readFileSync(".github/workflows/pages.yml", "utf8");
    assert.match(workflow, /SITE_URL: \$\{\{ steps\.pages\.outputs\.origin \}\}/);
    assert.match(workflow, /BASE_PATH: \$\{\{ steps\.pages\.outputs\.base_path \}\}\//);
    assert.match(workflow, /run: npm test/);
    assert.match(workflow, /upload-pages-artifact@v\d+\s+with:\s+path: dist\b/);
  });
});

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
    for (const { path } of distPages(outDir)) {
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
