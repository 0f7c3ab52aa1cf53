/**
 * Takes the screenshots a person checks by eye: every page at phone and desktop widths,
 * plus each step of every scrolly section. Writes PNGs to test-results/screenshots/.
 */
import { globSync, mkdirSync } from "node:fs";
import { launchBrowser } from "./launchBrowser.ts";
import { serveDist } from "./serveDist.ts";

const only = process.argv[2];
const viewports = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 800 },
];
/** Which build to photograph: dist/ by default, or DIST_DIR. */
const distDir = process.env.DIST_DIR ?? "dist";
const pages = globSync(`${distDir}/**/index.html`)
  .map((file) => file.slice(distDir.length + 1).replace(/index\.html$/, ""))
  // A step's share page only forwards to its chapter, which is photographed at every step already.
  .filter((page) => !page.includes("/step/") && (!only || page.includes(only)));

const out = "test-results/screenshots";
mkdirSync(out, { recursive: true });
const server = await serveDist(undefined, distDir);
const browser = await launchBrowser();
try {
  for (const viewport of viewports) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: "reduce" });
    const page = await context.newPage();
    for (const path of pages) {
      const name = `${viewport.name}-${path.replace(/\//g, "_") || "root"}`;
      await page.goto(server.url + path);
      await page.screenshot({ path: `${out}/${name}.png` });
      const steps = await page.locator("[data-step]").evaluateAll((els) => els.map((el) => el.id));
      for (const id of steps) {
        await page.goto("about:blank");
        await page.goto(`${server.url}${path}#${id}`);
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${out}/${name}-${id}.png` });
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots written to ${out}/`);
