import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServiceWorker, serviceWorkerFile, writeOfflineLists } from "../../../src/integrations/serviceWorker.ts";

/** A small build: pages, a step's share page, a hashed script, data, a manifest, icons and a preview image. */
const files = {
  "index.html": "<!doctype html><title>cover</title>",
  "favicon.svg": "<svg/>",
  "zh-hant/index.html": "<!doctype html><title>edition</title>",
  "zh-hant/farmers-city/index.html": "<!doctype html><title>chapter</title>",
  "zh-hant/farmers-city/step/town-1993/index.html": "<!doctype html><title>step</title>",
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
  it("writes sw.js into the given build folder, precaching only the shell: the scripts and the icon", () => {
    expect(existsSync(path.join(outDir, serviceWorkerFile))).toBe(true);
    expect([...precached().keys()].sort()).toEqual(["_astro/chart.Ab12Cd34.js", "favicon.svg"]);
    expect(built.count).toBe(2);
  });

  it("keeps the pages a reader opens (network first) and the files they load, as they are visited", () => {
    const serviceWorker = readFileSync(path.join(outDir, serviceWorkerFile), "utf8");
    expect(serviceWorker).toContain("longgang-pages");
    expect(serviceWorker).toContain("longgang-files");
  });

  it(
    "gives each file a revision from its content, except hashed _astro/ files",
    async () => {
      const before = precached();
      expect(before.get("_astro/chart.Ab12Cd34.js")).toBe("null");
      expect(before.get("favicon.svg")).toMatch(/^"[0-9a-f]{32}"$/);
      writeFileSync(path.join(outDir, "favicon.svg"), "<svg><circle/></svg>");
      await buildServiceWorker(outDir);
      expect(precached().get("favicon.svg")).not.toBe(before.get("favicon.svg"));
    },
    timeout,
  );
});

describe("writeOfflineLists", () => {
  it("lists each edition's pages (not the step share pages), data and manifest, the scripts and icons, and their size", () => {
    const [list] = writeOfflineLists(outDir);
    expect(list?.pages).toEqual(["zh-hant/", "zh-hant/farmers-city/"]);
    expect(list?.files).toEqual([
      "_astro/chart.Ab12Cd34.js",
      "favicon.svg",
      "icons/icon-192.png",
      "zh-hant/data/population.csv",
      "zh-hant/manifest.webmanifest",
    ]);
    const bytes = [
      "zh-hant/index.html",
      "zh-hant/farmers-city/index.html",
      ...(list?.files ?? []).map((file) => file),
    ].reduce((sum, file) => sum + readFileSync(path.join(outDir, file)).length, 0);
    expect(list?.bytes).toBe(bytes);
    expect(JSON.parse(readFileSync(path.join(outDir, "zh-hant/offline.json"), "utf8"))).toEqual(list);
  });
});
