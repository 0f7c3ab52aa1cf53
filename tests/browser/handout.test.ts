/**
 * The handout: printing a chapter, or the whole story from /<locale>/print/, gives a clean
 * document — every step with its static figure, no sticky figure and no reading chrome, the
 * data tables shown, each chapter's sources and QR code — and the whole-story page holds every
 * chapter of its edition in order.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { publishedLocales } from "../../src/i18n/locales.ts";
import { chapterPaths, stepIds, useSite } from "./harness.ts";
import { assertNone } from "./quality/distPages.ts";

const site = useSite();
const handoutPath = "zh-hant/print/";

/** Elements a reader uses on screen but that have no place on paper. */
const chrome = [".site-header", ".language-switch", ".skip-link", ".reading-progress", ".chapter-nav", ".step-link"];

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
    return {
      steps: all(".step").length,
      stepFiguresShown: all(".step").filter((step) => {
        const svg = step.querySelector(".step-figure svg");
        return svg !== null && shown(svg);
      }).length,
      stickyFiguresShown: all(".scrolly-figure").filter(shown).length,
      tables: all(".figure-data table").length,
      tablesShown: all(".figure-data table").filter(shown).length,
      chromeShown: chromeSelectors.filter((selector) => all(selector).some(shown)),
      sourceListsShown: all(".sources").filter(shown).length,
      qrCodesShown: all(".chapter-qr svg").filter(shown).length,
    };
  }, chrome);
}

/** Pages in a PDF, counted from its page objects (not the page-tree nodes, /Type /Pages). */
const pdfPages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe("printing", () => {
  for (const path of [chapterPaths[1] ?? "", handoutPath]) {
    it(`shows every step's figure, the tables, sources and QR code, and no reading chrome (${path})`, async () => {
      const { page, errors } = await site.page();
      await page.goto(site.url(path));
      await page.waitForSelector("scrolly-section[data-ready]");
      await page.emulateMedia({ media: "print" });
      const printed = await layout(page);
      assert.ok(printed.steps >= 3);
      assert.equal(printed.stepFiguresShown, printed.steps, "every step prints with its figure");
      assert.equal(printed.stickyFiguresShown, 0, "the sticky figure is not printed");
      assert.ok(printed.tables > 0);
      assert.equal(printed.tablesShown, printed.tables, "every data table prints, though its <details> is closed");
      assert.deepEqual(printed.chromeShown, [], "navigation and step links are not printed");
      assert.ok(printed.sourceListsShown > 0 && printed.qrCodesShown >= printed.sourceListsShown);
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }

  it("makes a PDF of several pages, each chapter of the handout starting a page", async () => {
    const { page } = await site.page();
    await page.goto(site.url(chapterPaths[1]));
    assert.ok(pdfPages(await page.pdf({ format: "A4" })) > 1, "a chapter prints on several pages");
    await page.goto(site.url(handoutPath));
    await page.emulateMedia({ media: "print" });
    const breaks = await page
      .locator(".handout-chapter")
      .evaluateAll((chapters) => chapters.map((chapter) => getComputedStyle(chapter).breakBefore));
    assert.ok(breaks.length >= 2);
    assert.deepEqual(new Set(breaks), new Set(["page"]), "every chapter starts a page");
    const pages = pdfPages(await page.pdf({ format: "A4" }));
    assert.ok(pages > breaks.length, `a cover and ${breaks.length} chapters on ${pages} pages`);
    await page.context().close();
  });
});

describe("the whole-story handout", () => {
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
    await page.waitForSelector("scrolly-section[data-ready]");
    const onScreen = await layout(page);
    assert.equal(onScreen.stepFiguresShown, onScreen.steps);
    assert.equal(onScreen.stickyFiguresShown, 0);
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
