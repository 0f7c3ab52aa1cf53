import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, globSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { Resvg } from "@resvg/resvg-js";
import jsQR from "jsqr";
import { parseHTML } from "linkedom";
import ogs from "open-graph-scraper";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import { chapterSlugs } from "../../src/schemas/chapter.ts";
import { figureBox } from "../../src/share/cardLayout.ts";
import { chartStyleSheet } from "../../src/share/chartStyleSheet.ts";
import { renderCard } from "../../src/share/renderCard.ts";
import { assertNone } from "../dist/distPages.ts";
import { stepIds, useSite, viewports, waitForActiveStep } from "./harness.ts";

const site = useSite();
const allPages = globSync("dist/**/index.html")
  .filter((file) => !file.includes("/data/"))
  .sort();
/** The old address of a step that moved (a chapter's movedSteps): a redirect, not a page to share. */
const movedPages = allPages.filter((file) =>
  readFileSync(file, "utf8").includes('<meta name="robots" content="noindex">'),
);
const htmlPages = allPages.filter((file) => !movedPages.includes(file));
/** A step's share page: dist/<edition>/<chapter>/step/<step>/index.html. */
const stepPages = htmlPages.filter((file) => /\/step\/[^/]+\/index\.html$/.test(file));
const readerPages = htmlPages.filter((file) => !stepPages.includes(file));
// A chapter page is dist/<edition>/<slug>/index.html; the handout, glossary and teacher's pages are not chapters.
const chapterPages = readerPages.filter((file) =>
  (chapterSlugs as readonly string[]).includes(file.split("/")[2] ?? ""),
);
const editionCovers = readerPages.filter((file) => file.split("/").length === 3);
const cardFiles = globSync("dist/og/**/*.png").sort();
const siteUrl = new URL(readFileSync("dist/robots.txt", "utf8").match(/Sitemap: (\S+)/)?.[1] ?? "").origin;

/** A URL the built site points at, as the file in dist/ that serves it. */
function distFile(url: string): string {
  const path = new URL(url).pathname.replace(/^\//, "");
  return `dist/${path}${path === "" || path.endsWith("/") ? "index.html" : ""}`;
}

/** The address a page in dist/ is published at. */
const publishedUrl = (file: string) => `${siteUrl}/${file.replace(/^dist\//, "").replace(/index\.html$/, "")}`;

const documents = new Map<string, Document>();
/** A built page parsed once (a chapter is read for each of its steps); callers do not change it. */
function documentOf(file: string): Document {
  const document = documents.get(file) ?? parseHTML(readFileSync(file, "utf8")).document;
  documents.set(file, document);
  return document;
}

/** What a step's share page says about itself: its edition, chapter and step. */
function stepPageParts(file: string) {
  const [, locale = "", chapter = "", step = ""] = /^dist\/([^/]+)\/([^/]+)\/step\/([^/]+)\//.exec(file) ?? [];
  return { locale, chapter, step };
}

/**
 * What a card shows on its figure side: how much of it is drawn (pixels that are not the paper), how far
 * the drawing spreads, and whether some 12×12 block anywhere on the card is solid black, which is what an
 * SVG shape without a style looks like.
 */
function cardPixels(png: PNG) {
  const at = (x: number, y: number) => {
    const index = (y * png.width + x) * 4;
    return [png.data[index] ?? 0, png.data[index + 1] ?? 0, png.data[index + 2] ?? 0] as const;
  };
  const paper = [0xfb, 0xfa, 0xf7];
  let drawn = 0;
  let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let y = figureBox.y; y < figureBox.y + figureBox.height; y += 1)
    for (let x = figureBox.x; x < figureBox.x + figureBox.width; x += 1) {
      const colour = at(x, y);
      if (colour.every((value, channel) => Math.abs(value - (paper[channel] ?? 0)) < 20)) continue;
      drawn += 1;
      [left, right, top, bottom] = [Math.min(left, x), Math.max(right, x), Math.min(top, y), Math.max(bottom, y)];
    }
  const block = 12;
  let blackBlock: string | null = null;
  for (let y = 0; y + block <= png.height && !blackBlock; y += block / 2)
    for (let x = 0; x + block <= png.width && !blackBlock; x += block / 2) {
      let black = true;
      for (let dy = 0; dy < block && black; dy += 1)
        for (let dx = 0; dx < block && black; dx += 1) black = at(x + dx, y + dy).every((value) => value <= 8);
      if (black) blackBlock = `${x},${y}`;
    }
  return {
    drawnShare: drawn / (figureBox.width * figureBox.height),
    spread: Math.max((right - left) / figureBox.width, (bottom - top) / figureBox.height),
    blackBlock,
  };
}

describe("preview cards", () => {
  it("are complete on every page: og:url is the page itself, the image absolute, 1200×630 and its own", async () => {
    // Three editions of a story of some thirty steps or more.
    assert.ok(stepPages.length >= 3 * 30, `${stepPages.length} step pages`);
    const problems: string[] = [];
    const images = new Set<string>();
    for (const file of htmlPages) {
      const { result, error } = await ogs({ html: readFileSync(file, "utf8") });
      assert.equal(error, false, file);
      for (const field of ["ogTitle", "ogDescription", "ogUrl", "ogLocale", "ogType"] as const)
        if (!result[field]) problems.push(`${file}: no ${field}`);
      if (result.twitterCard !== "summary_large_image") problems.push(`${file}: twitter:card`);
      if (result.ogUrl !== publishedUrl(file)) problems.push(`${file}: og:url is ${result.ogUrl}`);
      const image = result.ogImage?.[0];
      if (!image?.url.startsWith(`${siteUrl}/og/`)) problems.push(`${file}: og:image ${image?.url} is not absolute`);
      if (`${image?.width}x${image?.height}` !== "1200x630") problems.push(`${file}: og:image size`);
      if (!image?.alt) problems.push(`${file}: no og:image:alt`);
      const png = PNG.sync.read(readFileSync(distFile(image?.url ?? "")));
      if (`${png.width}x${png.height}` !== "1200x630") problems.push(`${file}: image is ${png.width}x${png.height}`);
      images.add(image?.url ?? "");
    }
    assertNone(problems, "cards");
    assert.equal(images.size, htmlPages.length, "every page has its own preview image");
  });

  it("every card draws its figure clearly, in the site's colours: no solid black, no near-empty chart side", () => {
    assert.equal(cardFiles.length, htmlPages.length, "one card per page, no stray cards");
    const problems: string[] = [];
    for (const file of cardFiles) {
      const png = PNG.sync.read(readFileSync(file));
      const { drawnShare, spread, blackBlock } = cardPixels(png);
      if (blackBlock) problems.push(`${file}: solid black at ${blackBlock}`);
      // A bare line or a few small marks with no labels (the cards of old) cover under 1%; a labelled
      // timeline, the sparsest chart drawn properly, about 2%.
      if (drawnShare < 0.015) problems.push(`${file}: the figure covers ${(drawnShare * 100).toFixed(1)}% of its side`);
      if (spread < 0.8) problems.push(`${file}: the figure spans ${(spread * 100).toFixed(0)}% of its side`);
    }
    assertNone(problems, "card figures");
  });

  it("the figure check fails a card drawn wrong: an unstyled (black) shape, a thin line", async () => {
    const card = async (svg: string) =>
      PNG.sync.read(
        await renderCard(
          {
            locale: "en",
            header: "Longgang",
            kicker: "",
            title: "Test",
            summary: "",
            figure: { kind: "chart", candidates: [svg] },
          },
          chartStyleSheet(),
        ),
      );
    const unstyled = await card(
      '<svg class="chart" viewBox="0 0 100 100"><rect class="no-such-mark" width="100" height="100"/></svg>',
    );
    assert.ok(cardPixels(unstyled).blackBlock);
    const line = cardPixels(
      await card(
        '<svg class="chart" viewBox="0 0 400 300"><line class="axis" x1="0" x2="400" y1="150" y2="150"/><line class="axis" x1="0" x2="0" y1="0" y2="300"/></svg>',
      ),
    );
    assert.ok(line.drawnShare < 0.015 && !line.blackBlock, `a thin line covers ${line.drawnShare}`);
  });

  it("give every step a card of its own", () => {
    const hashes = new Map<string, string>();
    for (const file of stepPages) {
      const card = distFile(documentOf(file).querySelector('meta[property="og:image"]')?.getAttribute("content") ?? "");
      const hash = createHash("sha256").update(readFileSync(card)).digest("hex");
      assert.ok(!hashes.has(hash), `${file} has the same card as ${hashes.get(hash)}`);
      hashes.set(hash, file);
    }
  });

  it("describe each chapter as an Article in its language", () => {
    for (const file of chapterPages) {
      const document = documentOf(file);
      const data = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? "{}");
      assert.equal(data["@type"], "Article", file);
      assert.equal(data.inLanguage, document.documentElement.getAttribute("lang"), file);
      for (const field of ["headline", "datePublished", "dateModified", "publisher"])
        assert.ok(data[field], `${file}: ${field}`);
    }
  });
});

describe("a step's share page", () => {
  it("has the step's headline and words, the chapter as canonical, and forwards to the chapter at the step", () => {
    const problems: string[] = [];
    for (const file of stepPages) {
      const { locale, chapter, step } = stepPageParts(file);
      const document = documentOf(file);
      const chapterFile = `dist/${locale}/${chapter}/index.html`;
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href");
      if (canonical !== publishedUrl(chapterFile)) problems.push(`${file}: canonical ${canonical}`);
      if (document.querySelector('link[rel="alternate"][hreflang]'))
        problems.push(`${file}: hreflang alternates on a page that is not canonical`);
      const target = new URL(publishedUrl(chapterFile)).pathname + `#${step}`;
      const refresh = document.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content");
      if (refresh !== `0; url=${target}`) problems.push(`${file}: refresh "${refresh}"`);
      if (!document.querySelector(`main a[href="${target}"]`)) problems.push(`${file}: no visible link to ${target}`);
      // The title is the step's own headline (the page's heading); the description, its words as the chapter prints them.
      const headline = document.querySelector("h1")?.textContent ?? "";
      const title = document.querySelector("title")?.textContent ?? "";
      if (!headline || !title.startsWith(headline.slice(0, 20)))
        problems.push(`${file}: title "${title}", headline "${headline}"`);
      // The page shows the figure its card shows, so its words never point at a chart it does not show.
      if (!document.querySelector(".step-share-figure svg")) problems.push(`${file}: no figure`);
      const stepElement = documentOf(chapterFile).getElementById(step)?.cloneNode(true) as Element | undefined;
      // A glossary term's short definition sits in the text for hover and focus, but is not the step's words.
      for (const definition of stepElement?.querySelectorAll(".term-tip") ?? []) definition.remove();
      const stepText = (stepElement?.textContent ?? "").replace(/\s+/g, "");
      const description = document.querySelector('meta[name="description"]')?.getAttribute("content") ?? "";
      if (!stepText.includes(description.replace(/\s+/g, "").slice(0, 10)))
        problems.push(`${file}: the description "${description}" is not the step's text`);
    }
    assertNone(problems, "step pages");
  });

  // Every page's forward target is read from its HTML above; the browser follows every step's page of the
  // Traditional edition (which the Simplified one is converted from), and two of each chapter's (the first and last
  // by name) in the other editions.
  const followed = stepPages.filter((file, index) => {
    const { locale, chapter } = stepPageParts(file);
    const sameChapter = (other: string | undefined) =>
      other !== undefined && stepPageParts(other).locale === locale && stepPageParts(other).chapter === chapter;
    return locale === "zh-hant" || !sameChapter(stepPages[index - 1]) || !sameChapter(stepPages[index + 1]);
  });

  it("opens the chapter at its step (every step of 繁體中文, two of each chapter in the others)", async () => {
    const { page, errors } = await site.page();
    assert.ok(followed.length > stepPages.length / 3, `${followed.length} of ${stepPages.length} step pages`);
    for (const file of followed) {
      const { locale, chapter, step } = stepPageParts(file);
      await page.goto(site.url(`${locale}/${chapter}/step/${step}/`));
      await page.waitForURL(site.url(`${locale}/${chapter}/#${step}`));
      await waitForActiveStep(page, step);
    }
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it("opens the chapter at its step without JavaScript", async () => {
    const { page } = await site.page({ javaScriptEnabled: false });
    for (const file of stepPages.filter((_, index) => index % 10 === 0)) {
      const { locale, chapter, step } = stepPageParts(file);
      await page.goto(site.url(`${locale}/${chapter}/step/${step}/`));
      await page.waitForURL(site.url(`${locale}/${chapter}/#${step}`));
      const top = await page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? -1, step);
      assert.ok(top >= -1 && top < 100, `${file}: the step is at the top of the view (${top})`);
    }
    await page.context().close();
  });
});

/** Boxes of the step's own text (words and citation links), to check nothing of the share control covers them. */
async function overlapsText(page: Page, id: string, control: string): Promise<string | null> {
  return page.evaluate(
    ({ id, control }) => {
      const step = document.getElementById(id);
      const covering = [...(step?.querySelectorAll<HTMLElement>(control) ?? [])]
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width > 0 && box.height > 0);
      const words: DOMRect[] = [];
      for (const node of step?.querySelectorAll(".step-body > :not(share-step, .visually-hidden)") ?? []) {
        const range = document.createRange();
        range.selectNodeContents(node);
        words.push(...range.getClientRects());
      }
      for (const box of covering)
        for (const word of words)
          if (box.left < word.right && word.left < box.right && box.top < word.bottom && word.top < box.bottom)
            return `${control} at ${Math.round(box.left)},${Math.round(box.top)} covers text at ${Math.round(word.left)},${Math.round(word.top)}`;
      return null;
    },
    { id, control },
  );
}

describe("sharing a step", () => {
  for (const [path, viewport] of [
    ["zh-hant/fishing-village/", viewports.desktop],
    ["en/lean-government/", viewports.phone],
  ] as const) {
    it(`copies the step's share link, says so beside it, and covers no text (${path}, ${viewport.width} px)`, async () => {
      const { page, errors } = await site.page({ viewport, permissions: ["clipboard-read", "clipboard-write"] });
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(site.url(path));
      await page.waitForSelector("scrolly-section[data-ready]");
      assert.ok(!requests.some((url) => url.includes("shareStepLink")), "the sharing code loads on first use");
      const ids = await stepIds(page);
      for (const id of ids) {
        const link = page.locator(`#${id} .step-link`);
        await link.scrollIntoViewIfNeeded();
        await page.locator(`#${id} .step-body`).hover();
        assert.equal(await overlapsText(page, id, ".step-link"), null);
        await link.click();
        const status = page.locator(`#${id} .step-link-status`);
        await status.filter({ hasText: /\S/ }).waitFor();
        assert.ok(await status.isVisible(), `${id}: "link copied" is visible`);
        assert.equal(await overlapsText(page, id, ".step-link, .step-link-status"), null);
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        assert.equal(copied, site.url(`${path}step/${id}/`));
        assert.ok((await status.textContent())?.includes(copied), `${id}: the status names the link`);
      }
      assert.ok(
        requests.some((url) => url.includes("shareStepLink")),
        "the sharing code loaded on the click",
      );
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }

  it("opens the share sheet with the step's share link on a touch screen", async () => {
    const { page, errors } = await site.page({ viewport: viewports.phone, hasTouch: true, isMobile: true });
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "share", {
        value: async (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
        },
      });
    });
    await page.goto(site.url("zh-hant/farmers-city/"));
    await page.waitForSelector("scrolly-section[data-ready]");
    await page.locator("#town-1993 .step-link").tap();
    await page.waitForFunction(() => "shared" in window);
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
    assert.equal(shared.url, site.url("zh-hant/farmers-city/step/town-1993/"));
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});

describe("each edition's cover", () => {
  it("shows the journey: all seven chapters in order, each with its figure, years and reading time", () => {
    assert.equal(editionCovers.length, 3);
    for (const file of editionCovers) {
      const document = documentOf(file);
      const stops = [...document.querySelectorAll(".journey-stop")];
      assert.equal(stops.length, 7, file);
      stops.forEach((stop, index) => {
        const where = `${file}, chapter ${index + 1}`;
        assert.equal(stop.querySelector(".journey-marker")?.textContent?.trim(), String(index + 1), where);
        const figure = stop.querySelector(".journey-figure svg.chart");
        assert.ok(figure?.getAttribute("viewBox"), `${where}: a figure`);
        // Unit marks share one <path> of many squares: each subpath (M) is a mark.
        const shapes = [...(figure?.querySelectorAll("rect, circle, path, line, use") ?? [])];
        const marks = shapes.reduce(
          (sum, shape) => sum + (shape.localName === "path" ? (shape.getAttribute("d")?.match(/M/gi)?.length ?? 0) : 1),
          0,
        );
        assert.ok(marks >= 3, `${where}: marks`);
        assert.match(stop.querySelector(".chapter-meta")?.textContent ?? "", /\d{4}.*\d/, `${where}: years, minutes`);
        assert.ok(stop.querySelector(".chapter-summary")?.textContent?.trim(), `${where}: summary`);
      });
      assert.ok(document.querySelector('.cover-links a[href$="/print/"]'), `${file}: links the handout`);
    }
  });
});

describe("the site's index files", () => {
  it("list every reader's page in the sitemap, with its editions, and no step share page", () => {
    const sitemap = readFileSync("dist/sitemap.xml", "utf8");
    for (const file of readerPages) assert.ok(sitemap.includes(`<loc>${publishedUrl(file)}</loc>`), file);
    assert.ok(!sitemap.includes("/step/"), "step pages defer to their chapter");
    assert.ok(sitemap.includes('hreflang="zh-Hans"'));
  });

  it("give each edition a manifest whose icons exist", () => {
    for (const file of globSync("dist/*/manifest.webmanifest")) {
      const manifest = JSON.parse(readFileSync(file, "utf8"));
      assert.ok(manifest.name && manifest.start_url && manifest.lang, file);
      for (const icon of manifest.icons) assert.ok(existsSync(`dist${icon.src}`), `${file}: ${icon.src}`);
    }
  });

  it("take every address they give of the site from the one site URL", () => {
    const ours = 'link[rel="canonical"], link[hreflang], meta[property^="og:"], meta[name^="twitter:"], [data-qr]';
    for (const file of htmlPages) {
      const addresses = [...documentOf(file).querySelectorAll(ours)]
        .map(
          (element) =>
            element.getAttribute("href") ?? element.getAttribute("content") ?? element.getAttribute("data-qr"),
        )
        .filter((value) => /^https?:/.test(value ?? ""));
      assert.ok(addresses.length >= 4, file);
      for (const address of addresses) assert.equal(new URL(address ?? "").origin, siteUrl, `${file}: ${address}`);
    }
  });
});

describe("a step that moved", () => {
  const published = JSON.parse(readFileSync("content/data/published-step-ids.json", "utf8")) as Record<
    string,
    string[]
  >;

  it("keeps every published step's share address: a share page, or a redirect to its replacement", () => {
    const problems: string[] = [];
    for (const locale of ["zh-hant", "zh-hans", "en"])
      for (const [chapter, ids] of Object.entries(published))
        for (const id of ids) {
          const file = `dist/${locale}/${chapter}/step/${id}/index.html`;
          if (!existsSync(file)) {
            problems.push(`${file}: missing`);
            continue;
          }
          if (!movedPages.includes(file)) continue;
          const document = documentOf(file);
          const target =
            /^0; url=(.*)$/.exec(
              document.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content") ?? "",
            )?.[1] ?? "";
          const [path = "", step = ""] = target.split("#");
          const chapterFile = `dist${path}index.html`;
          if (!existsSync(chapterFile) || !documentOf(chapterFile).getElementById(step))
            problems.push(`${file}: forwards to ${target}, which is no step`);
          if (document.querySelector('link[rel="canonical"]')?.getAttribute("href") !== publishedUrl(chapterFile))
            problems.push(`${file}: canonical is not the replacement's chapter`);
          if (!document.querySelector(`main a[href="${target}"]`))
            problems.push(`${file}: no visible link to ${target}`);
        }
    assertNone(problems, "published step addresses");
    assert.ok(movedPages.length >= 3 * 10, `${movedPages.length} redirects`);
  });

  it("turns an old #hash into its replacement, in the chapter or in another", async () => {
    const { page, errors } = await site.page();
    await page.goto(site.url("en/fishing-village/#zhejiang"));
    await waitForActiveStep(page, "estuary");
    assert.equal(new URL(page.url()).hash, "#estuary");
    await page.goto(site.url("zh-hant/fishing-village/#town-at-work"));
    await page.waitForURL(site.url("zh-hant/town-to-city/#town-approved"));
    await waitForActiveStep(page, "town-approved");
    await page.goto(site.url("en/farmers-city/step/city-era/"));
    await page.waitForURL(site.url("en/fishing-village/#arc"));
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});

describe("QR codes", () => {
  it("decode to their chapter's URL", () => {
    assert.ok(chapterPages.length >= 2);
    for (const file of chapterPages) {
      const document = documentOf(file);
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
