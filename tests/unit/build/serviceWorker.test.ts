import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServiceWorker, serviceWorkerFile } from "../../../src/build/serviceWorker.ts";

/** A small build: a page, a hashed script, data, a manifest, an icon and a preview image. */
const files = {
  "index.html": "<!doctype html><title>cover</title>",
  "zh-hant/farmers-city/index.html": "<!doctype html><title>chapter</title>",
  "_astro/chart.Ab12Cd34.js": "export {};",
  "zh-hant/data/population.csv": "year,people\n1993,135000\n",
  "zh-hant/manifest.webmanifest": "{}",
  "icons/icon-192.png": "png",
  "og/zh-hant/farmers-city.png": "png",
  _headers: "/*\n  X-Content-Type-Options: nosniff\n",
};

/** Each run bundles the Workbox runtime into sw.js, which takes a few seconds. */
const timeout = 30_000;

let outDir = "";
let built: Awaited<ReturnType<typeof buildServiceWorker>>;
beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), "sw-build-"));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    writeFileSync(path.join(outDir, file), content);
  }
  built = await buildServiceWorker(outDir);
}, timeout);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The precache manifest in the written sw.js: each URL and its revision, as written ("null" or a quoted hash). */
function precached(): Map<string, string> {
  const serviceWorker = readFileSync(path.join(outDir, serviceWorkerFile), "utf8");
  return new Map(
    [...serviceWorker.matchAll(/\{url:"([^"]+)",revision:([^}]+)\}/g)].map(([, url = "", revision = ""]) => [
      url,
      revision,
    ]),
  );
}

describe("buildServiceWorker", () => {
  it("writes sw.js into the given build folder, precaching all but the preview images and host files", () => {
    expect(existsSync(path.join(outDir, serviceWorkerFile))).toBe(true);
    expect([...precached().keys()].sort()).toEqual([
      "_astro/chart.Ab12Cd34.js",
      "icons/icon-192.png",
      "index.html",
      "zh-hant/data/population.csv",
      "zh-hant/farmers-city/index.html",
      "zh-hant/manifest.webmanifest",
    ]);
    expect(built.count).toBe(6);
  });

  it(
    "gives each file a revision from its content, except hashed _astro/ files",
    async () => {
      const before = precached();
      expect(before.get("_astro/chart.Ab12Cd34.js")).toBe("null");
      expect(before.get("index.html")).toMatch(/^"[0-9a-f]{32}"$/);
      writeFileSync(path.join(outDir, "index.html"), "<!doctype html><title>next build</title>");
      await buildServiceWorker(outDir);
      const after = precached();
      expect(after.get("index.html")).not.toBe(before.get("index.html"));
      expect(after.get("zh-hant/farmers-city/index.html")).toBe(before.get("zh-hant/farmers-city/index.html"));
    },
    timeout,
  );
});
