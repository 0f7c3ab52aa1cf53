import assert from "node:assert/strict";
import { existsSync, globSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { Resvg } from "@resvg/resvg-js";
import jsQR from "jsqr";
import { parseHTML } from "linkedom";
import ogs from "open-graph-scraper";
import { PNG } from "pngjs";
import { stepIds, useSite, waitForActiveStep } from "./harness.ts";

const site = useSite();
const htmlPages = globSync("dist/**/index.html").filter((file) => !file.includes("/data/"));
// The handout (<edition>/print/) holds every chapter, but is not one; nor is the glossary.
const chapterPages = htmlPages.filter(
  (file) => file.split("/").length === 4 && !/\/(print|glossary)\/index\.html$/.test(file),
);
const siteUrl = new URL(readFileSync("dist/robots.txt", "utf8").match(/Sitemap: (\S+)/)?.[1] ?? "").origin;

/** A URL the built site points at, as the file in dist/ that serves it. */
function distFile(url: string): string {
  const path = new URL(url).pathname.replace(/^\//, "");
  return `dist/${path}${path === "" || path.endsWith("/") ? "index.html" : ""}`;
}

describe("preview cards", () => {
  it("are complete on every page, with a 1200×630 image that exists", async () => {
    assert.ok(htmlPages.length >= 5);
    const titles = new Set<string>();
    for (const file of htmlPages) {
      const { result, error } = await ogs({ html: readFileSync(file, "utf8") });
      assert.equal(error, false, file);
      for (const field of ["ogTitle", "ogDescription", "ogUrl", "ogLocale", "ogType"] as const)
        assert.ok(result[field], `${file}: ${field}`);
      assert.equal(result.twitterCard, "summary_large_image", file);
      const image = result.ogImage?.[0];
      assert.ok(image?.url.startsWith(siteUrl), `${file}: og:image is absolute (${image?.url})`);
      assert.equal(String(image?.width), "1200");
      assert.equal(String(image?.height), "630");
      assert.ok(image?.alt, `${file}: og:image:alt`);
      const png = PNG.sync.read(readFileSync(distFile(image?.url ?? "")));
      assert.deepEqual([png.width, png.height], [1200, 630], `${file}: image size`);
      assert.ok(result.ogUrl?.startsWith(siteUrl), `${file}: og:url is absolute`);
      titles.add(result.ogImage?.[0]?.url ?? "");
    }
    assert.equal(titles.size, htmlPages.length, "every page has its own preview image");
  });

  it("describe each chapter as an Article in its language", () => {
    for (const file of chapterPages) {
      const { document } = parseHTML(readFileSync(file, "utf8"));
      const data = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? "{}");
      assert.equal(data["@type"], "Article", file);
      assert.equal(data.inLanguage, document.documentElement.getAttribute("lang"), file);
      for (const field of ["headline", "datePublished", "dateModified", "publisher"])
        assert.ok(data[field], `${file}: ${field}`);
    }
  });
});

describe("the site's index files", () => {
  it("list every page in the sitemap, with its editions", () => {
    const sitemap = readFileSync("dist/sitemap.xml", "utf8");
    for (const file of htmlPages) {
      const path = file.replace(/^dist/, "").replace(/index\.html$/, "");
      assert.ok(sitemap.includes(`<loc>${siteUrl}${path}</loc>`), `sitemap lists ${path}`);
    }
    assert.ok(sitemap.includes('hreflang="zh-Hans"'));
  });

  it("give each edition a manifest whose icons exist", () => {
    for (const file of globSync("dist/*/manifest.webmanifest")) {
      const manifest = JSON.parse(readFileSync(file, "utf8"));
      assert.ok(manifest.name && manifest.start_url && manifest.lang, file);
      for (const icon of manifest.icons) assert.ok(existsSync(`dist${icon.src}`), `${file}: ${icon.src}`);
    }
  });
});

describe("QR codes", () => {
  it("decode to their chapter's URL", () => {
    assert.ok(chapterPages.length >= 2);
    for (const file of chapterPages) {
      const { document } = parseHTML(readFileSync(file, "utf8"));
      const figure = document.querySelector("[data-qr]");
      const svg = figure?.querySelector("svg")?.outerHTML ?? "";
      const image = new Resvg(svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" '), {
        fitTo: { mode: "width", value: 400 },
        background: "white",
      }).render();
      const code = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href");
      assert.equal(code?.data, canonical, file);
      assert.equal(figure?.getAttribute("data-qr"), canonical);
      assert.ok(figure?.textContent?.includes(canonical ?? "-"), `${file}: the URL is written beside the code`);
    }
  });
});

describe("sharing a step", () => {
  for (const path of ["zh-hant/fishing-village/", "zh-hant/farmers-city/"]) {
    it(`copies a link that opens at that step, for every step (${path})`, async () => {
      const { page, errors } = await site.page({ permissions: ["clipboard-read", "clipboard-write"] });
      await page.goto(site.url(path));
      await page.waitForSelector("scrolly-section[data-ready]");
      for (const id of await stepIds(page)) {
        await page.locator(`#${id} .step-link`).focus();
        await page.keyboard.press("Enter");
        await page.waitForFunction(() => (document.getElementById("share-status")?.textContent ?? "").length > 0);
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        assert.equal(copied, site.url(`${path}#${id}`));
        const visitor = await page.context().newPage();
        await visitor.goto(copied);
        await waitForActiveStep(visitor, id);
        await visitor.close();
      }
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }
});
