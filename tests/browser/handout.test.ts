/**
 * The one-page handout (/<locale>/handout/) prints on exactly one A4 side in every edition, with a
 * timeline, key figures each with its source, six terms and a QR code to the story.
 * The whole story: printing a chapter, or the whole story from /<locale>/print/, gives a document, not
 * a scroll — every step as a small multiple (its text beside its own static figure), no sticky
 * chart and no reading chrome, each chapter's sources and QR code — on few A4 pages: a chapter on
 * at most 4, the whole story on at most 24, in every edition. The PDFs go to test-results/print/
 * to be looked at (pdftoppm -png). The whole-story page holds every chapter in order and loads no
 * scrolly code.
 */
import assert from "node:assert/strict";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { publishedLocales } from "../../src/i18n/locales.ts";
import { chapterPaths, stepIds, useSite } from "./harness.ts";
import { assertNone, distPages, layoutPages } from "../dist/distPages.ts";

const site = useSite();
const handoutPath = "zh-hant/print/";
const maxPages = { chapter: 4, story: 24 };
const maxHandoutScript = 5 * 1024;
const pdfs = "test-results/print";
rmSync(pdfs, { recursive: true, force: true });
mkdirSync(pdfs, { recursive: true });

/** Elements a reader uses on screen but that have no place on paper. */
const chrome = [
  ".site-header",
  ".language-switch",
  ".contents-menu",
  ".skip-link",
  ".reading-progress",
  ".chapter-nav",
  ".step-link",
  ".present-button",
];

/**
 * What the page shows, measured in the browser. checkVisibility() also sees content a closed
 * <details> skips (content-visibility), which still reports a box; a box of zero size is not shown.
 */
function layout(page: Page) {
  return page.evaluate((chromeSelectors) => {
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return element.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0;
    };
    const all = (selector: string) => [...document.querySelectorAll(selector)];
    const steps = all(".step");
    return {
      steps: steps.length,
      stepFiguresShown: steps.filter((step) => {
        const svg = step.querySelector(".step-figure svg");
        return svg !== null && shown(svg);
      }).length,
      // Small multiples: the figure sits beside the step's text, in the same row.
      figuresBesideText: steps.filter((step) => {
        const text = step.querySelector(".step-body")?.getBoundingClientRect();
        const figure = step.querySelector(".step-figure")?.getBoundingClientRect();
        return !!text && !!figure && figure.left >= text.right - 1 && figure.top < text.bottom;
      }).length,
      stickyChartsShown: all(".scrolly-figure .figure-canvas").filter(shown).length,
      tables: all(".figure-data table").length,
      tablesShown: all(".figure-data table").filter(shown).length,
      chromeShown: chromeSelectors.filter((selector) => all(selector).some(shown)),
      chapters: Math.max(all(".handout-chapter").length, all("article.chapter").length),
      sourceListsShown: all(":is(.handout-chapter, article.chapter) .sources").filter(shown).length,
      qrCodesShown: all(".chapter-qr svg").filter(shown).length,
    };
  }, chrome);
}

/** Pages in a PDF, counted from its page objects (not the page-tree nodes, /Type /Pages). */
const pdfPages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe("printing", () => {
  for (const path of [chapterPaths[1] ?? "", handoutPath]) {
    it(`prints every step beside its own figure, sources and QR codes, and no reading chrome (${path})`, async () => {
      const { page, errors } = await site.page();
      await page.goto(site.url(path));
      await page.waitForLoadState("networkidle");
      await page.emulateMedia({ media: "print" });
      const printed = await layout(page);
      assert.ok(printed.steps >= 3);
      assert.equal(printed.stepFiguresShown, printed.steps, "every step prints with its figure");
      assert.equal(printed.figuresBesideText, printed.steps, "each figure sits beside its step's text");
      assert.equal(printed.stickyChartsShown, 0, "the sticky chart is not printed");
      assert.equal(printed.tablesShown, printed.tables, "every data table prints, though its <details> is closed");
      assert.deepEqual(printed.chromeShown, [], "navigation and controls are not printed");
      assert.equal(printed.sourceListsShown, printed.chapters, "each chapter prints its sources");
      assert.ok(printed.qrCodesShown >= printed.chapters, "and its QR code");
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }

  it(`prints each chapter on at most ${maxPages.chapter} A4 pages (English, 繁體中文) and the whole story on at most ${maxPages.story} (every edition)`, async (t) => {
    const { page } = await site.page();
    const problems: string[] = [];
    // Every edition's whole story, and each chapter of the editions a layout walk visits.
    const all = distPages();
    const paths = [
      ...layoutPages(all).filter((candidate) => candidate.chapter),
      ...all.filter((candidate) => candidate.path.endsWith("/print/")),
    ].map((candidate) => candidate.path);
    for (const path of paths) {
      await page.goto(site.url(path));
      await page.waitForLoadState("networkidle");
      const pdf = await page.pdf({ format: "A4" });
      writeFileSync(`${pdfs}/${path.replace(/\//g, "_")}.pdf`, pdf);
      const pages = pdfPages(pdf);
      const limit = path.endsWith("/print/") ? maxPages.story : maxPages.chapter;
      t.diagnostic(`/${path}: ${pages} pages`);
      if (pages > limit) problems.push(`/${path} prints on ${pages} A4 pages (at most ${limit})`);
      if (pages < 2) problems.push(`/${path} prints on ${pages} page: the PDF is not the document`);
    }
    assertNone(problems, "printed pages");
    await page.context().close();
  });

  it("starts every chapter of the handout on a new page, the first one under the cover", async () => {
    const { page } = await site.page();
    await page.goto(site.url(handoutPath));
    await page.emulateMedia({ media: "print" });
    const breaks = await page
      .locator(".handout-chapter")
      .evaluateAll((chapters) => chapters.map((chapter) => getComputedStyle(chapter).breakBefore));
    assert.ok(breaks.length >= 2);
    assert.notEqual(breaks[0], "page", "the first chapter shares the cover's page");
    assert.deepEqual(new Set(breaks.slice(1)), new Set(["page"]), "every later chapter starts a page");
    await page.context().close();
  });
});

describe("the whole-story handout", () => {
  it("keeps each entry of the printed chapter list in one column, in every edition", async () => {
    // A4's width less the page's margins (184 mm at 96 px to the inch), so the list sets as on paper.
    // Where an entry falls depends on the fonts, so the rule that keeps it whole is checked as well.
    const { page } = await site.page({ viewport: { width: 695, height: 1000 } });
    await page.emulateMedia({ media: "print" });
    const problems: string[] = [];
    for (const locale of publishedLocales) {
      await page.goto(site.url(`${locale}/print/`));
      const entries = await page.locator(".handout-contents li").evaluateAll((items) =>
        items.map((item) => {
          // Each line of the entry: in one column, every line starts at the same left edge.
          const lefts = [...(item.querySelector("a")?.getClientRects() ?? [])].map((rect) => Math.round(rect.left));
          return {
            text: item.textContent?.trim() ?? "",
            lefts,
            breakInside: getComputedStyle(item).breakInside,
            columns: item.parentElement ? getComputedStyle(item.parentElement).columnCount : "",
          };
        }),
      );
      assert.ok(entries.length >= 7, `${locale}: the chapter list has ${entries.length} entries`);
      assert.equal(entries[0]?.columns, "2", `${locale}: the list is set in two columns`);
      for (const { text, lefts, breakInside } of entries) {
        if (new Set(lefts).size > 1)
          problems.push(`${locale}: "${text}" runs across columns (lines at ${lefts.join(", ")} px)`);
        if (breakInside !== "avoid") problems.push(`${locale}: "${text}" may break across columns (${breakInside})`);
      }
    }
    assertNone(problems, "entries across columns");
    await page.context().close();
  });

  it("is linked from the edition's cover", async () => {
    const { page } = await site.page();
    await page.goto(site.url("zh-hant/"));
    await page.locator(`a[href$="/${handoutPath}"]`).click();
    await page.waitForURL(site.url(handoutPath));
    await page.context().close();
  });

  it("holds every chapter of the edition in order, with every step", async () => {
    const { page } = await site.page();
    await page.goto(site.url("zh-hant/"));
    const chapterUrls = await page
      .locator(".chapter-list a")
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const expected: string[] = [];
    for (const url of chapterUrls) {
      await page.goto(url);
      expected.push(...(await stepIds(page)));
    }
    await page.goto(site.url(handoutPath));
    assert.equal(await page.locator(".handout-chapter").count(), chapterUrls.length);
    assert.deepEqual(await stepIds(page), expected);
    await page.context().close();
  });

  it("reads as a document on screen: every step with its figure, no sticky figure", async () => {
    const { page, errors } = await site.page();
    await page.goto(site.url(handoutPath));
    await page.waitForLoadState("networkidle");
    const onScreen = await layout(page);
    assert.equal(onScreen.stepFiguresShown, onScreen.steps);
    assert.equal(onScreen.stickyChartsShown, 0);
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it("links each source mark to its own chapter's source list, with no id used twice (every edition)", async () => {
    const { page } = await site.page();
    const problems: string[] = [];
    for (const locale of publishedLocales) {
      await page.goto(site.url(`${locale}/print/`));
      const onPage = await page.evaluate(() => {
        const found: string[] = [];
        const counts = new Map<string, number>();
        for (const { id } of document.querySelectorAll("[id]")) counts.set(id, (counts.get(id) ?? 0) + 1);
        for (const [id, count] of counts) if (count > 1) found.push(`id "${id}" appears ${count} times`);
        for (const link of document.querySelectorAll<HTMLAnchorElement>(".handout-chapter .cite a")) {
          const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
          if (target?.closest(".handout-chapter") !== link.closest(".handout-chapter")) {
            found.push(`${link.hash} leads outside its chapter`);
          }
        }
        return found;
      });
      problems.push(...onPage.map((problem) => `${locale}/print/: ${problem}`));
    }
    assertNone(problems, "on the handouts");
    await page.context().close();
  });
});

describe("the handout's weight", () => {
  for (const locale of publishedLocales) {
    it(`loads no scrolly code and at most ${maxHandoutScript / 1024} KB of JavaScript (${locale})`, async (t) => {
      const { page, errors } = await site.page();
      const scripts: Promise<{ url: string; gzip: number }>[] = [];
      page.on("response", (response) => {
        if (response.request().resourceType() === "script")
          scripts.push(response.body().then((body) => ({ url: response.url(), gzip: gzipSync(body).length })));
      });
      await page.goto(site.url(`${locale}/print/`));
      await page.waitForLoadState("networkidle");
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForLoadState("networkidle");
      const loaded = await Promise.all(scripts);
      const total = loaded.reduce((sum, { gzip }) => sum + gzip, 0);
      t.diagnostic(`/${locale}/print/: ${loaded.length} scripts, ${total} bytes gzip`);
      assert.ok(
        total <= maxHandoutScript,
        `${total} bytes of JavaScript (gzip): ${loaded.map(({ url }) => url).join(", ")}`,
      );
      const scrolly = await page.evaluate(() => ({
        sections: document.querySelectorAll("scrolly-section").length,
        defined: customElements.get("scrolly-section") !== undefined,
      }));
      assert.deepEqual(scrolly, { sections: 0, defined: false }, "no scrolly section and no scrolly code");
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }
});

describe("the one-page handout", () => {
  it("prints on one A4 page in every edition: a timeline, key figures with their sources, six terms, a QR code", async (t) => {
    const { page, errors } = await site.page();
    const problems: string[] = [];
    for (const locale of publishedLocales) {
      const path = `${locale}/handout/`;
      await page.goto(site.url(path));
      const pdf = await page.pdf({ format: "A4" });
      writeFileSync(`${pdfs}/${path.replace(/\//g, "_")}.pdf`, pdf);
      const pages = pdfPages(pdf);
      t.diagnostic(`/${path}: ${pages} page(s)`);
      if (pages !== 1) problems.push(`/${path} prints on ${pages} A4 pages, not one`);
      const content = await page.evaluate(() => ({
        dates: document.querySelectorAll(".one-page-timeline li").length,
        figures: [...document.querySelectorAll(".one-page-figures li")].map(
          (item) => item.querySelector(".one-page-source")?.textContent?.trim() ?? "",
        ),
        terms: document.querySelectorAll(".one-page-terms dt").length,
        qr: document.querySelector(".chapter-qr")?.getAttribute("data-qr") ?? "",
      }));
      if (content.dates < 6 || content.dates > 8) problems.push(`/${path}: ${content.dates} dates, not 6–8`);
      if (content.figures.length < 8 || content.figures.length > 10)
        problems.push(`/${path}: ${content.figures.length} figures, not 8–10`);
      if (content.figures.some((source) => source === "")) problems.push(`/${path}: a figure without its source`);
      if (content.terms !== 6) problems.push(`/${path}: ${content.terms} terms, not 6`);
      if (!content.qr.endsWith(`/${locale}/`)) problems.push(`/${path}: the QR code opens ${content.qr}`);
    }
    assertNone(problems, "the one-page handout");
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it("is linked from the cover and the guide, beside the whole story under its honest name (every edition)", async () => {
    const { page } = await site.page();
    const problems: string[] = [];
    for (const locale of publishedLocales)
      for (const from of [`${locale}/`, `${locale}/teach/`]) {
        await page.goto(site.url(from));
        const links = await page
          .locator("main a")
          .evaluateAll((anchors) =>
            anchors.map((a) => [new URL((a as HTMLAnchorElement).href).pathname, a.textContent ?? ""]),
          );
        const to = (suffix: string) => links.find(([href]) => href?.endsWith(`/${locale}/${suffix}`));
        if (!to("handout/")) problems.push(`/${from}: no link to the one-page handout`);
        const print = to("print/");
        if (!print) problems.push(`/${from}: no link to the whole story to print`);
        else if (/one page|一頁|一页/.test(print[1] ?? ""))
          problems.push(`/${from}: the whole story is called "${print[1]}"`);
      }
    assertNone(problems, "links to the handouts");
    await page.context().close();
  });
});
