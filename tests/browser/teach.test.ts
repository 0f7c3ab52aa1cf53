/**
 * The teacher's guide and the student worksheet, in every edition: the guide's slide links open
 * every chapter in presentation mode at the step they name, the data downloads resolve, the
 * chapters link to the guide's notes, the guide prints on at most ten A4 pages and the worksheet
 * on one or two, the guide's answer key answers every worksheet question and points at its
 * evidence, and the worksheet works without JavaScript, with QR codes of its chapters and no
 * answers on it.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Resvg } from "@resvg/resvg-js";
import jsQR from "jsqr";
import { publishedLocales } from "../../src/i18n/locales.ts";
import { useSite, waitForActiveStep } from "./harness.ts";
import { assertNone, layoutLocales } from "../dist/distPages.ts";

const site = useSite();
const guide = (locale: string) => `${locale}/teach/`;
const worksheet = (locale: string) => `${locale}/teach/worksheet/`;

/** Pages in a PDF, counted from its page objects (not the page-tree nodes, /Type /Pages). */
const pdfPages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

/** The chapters of an edition, as its cover lists them: their paths, e.g. "/en/farmers-city/". */
async function editionChapters(locale: string): Promise<string[]> {
  const { page } = await site.page();
  await page.goto(site.url(`${locale}/`));
  const paths = await page
    .locator(".chapter-list a")
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  await page.context().close();
  return paths;
}

describe("the teacher's guide", () => {
  for (const locale of layoutLocales) {
    it(`opens every chapter as slides, each link landing on its step in presentation mode (${locale})`, async () => {
      const { page, errors } = await site.page({ reducedMotion: "reduce" });
      await page.goto(site.url(guide(locale)));
      const links = await page.locator(".part-slides a").evaluateAll((anchors) =>
        anchors.map((anchor) => ({
          href: (anchor as HTMLAnchorElement).href,
          step: (anchor as HTMLAnchorElement).dataset["slide"] ?? null,
        })),
      );
      const opened = new Set(links.map((link) => new URL(link.href).pathname));
      assert.deepEqual([...opened].sort(), (await editionChapters(locale)).sort(), "every chapter has slide links");
      const problems: string[] = [];
      for (const { href, step } of new Map(links.map((link) => [link.href, link])).values()) {
        const url = new URL(href);
        assert.equal(url.search, "?present", `${href} opens presentation mode`);
        // Each link is followed from the guide: a fresh load, not a hash change on the last slide's page.
        await page.goto("about:blank");
        await page.goto(href);
        await page.waitForFunction(() => document.documentElement.dataset["mode"] === "present");
        if (!step) {
          const counter = await page.locator("[data-slide-counter]").textContent();
          if (!/^\D*1\D/.test(counter ?? "")) problems.push(`${href}: opens at "${counter}", not the first slide`);
          continue;
        }
        assert.equal(url.hash, `#${step}`);
        await waitForActiveStep(page, step);
        const shown = await page.evaluate((id) => {
          const box = document.getElementById(id)?.getBoundingClientRect();
          return { hash: location.hash, onScreen: !!box && box.height > 0 && box.bottom > 0 && box.top < innerHeight };
        }, step);
        if (shown.hash !== `#${step}`) problems.push(`${href}: the slide moved to ${shown.hash}`);
        if (!shown.onScreen) problems.push(`${href}: step ${step} is not on the slide`);
      }
      assertNone(problems, `slide links of ${guide(locale)}`);
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }

  it("is linked once from each chapter's end, to its discussion questions and notes (every edition)", async () => {
    const { page } = await site.page();
    const problems: string[] = [];
    for (const locale of publishedLocales) {
      for (const chapter of await editionChapters(locale)) {
        await page.goto(site.url(chapter.slice(1)));
        const link = page.locator(".chapter-teach a[href*='/teach/#discuss-']");
        if ((await link.count()) !== 1) {
          problems.push(`${chapter}: no link to the guide's notes`);
          continue;
        }
        await link.click();
        await page.waitForURL((url) => url.pathname.endsWith(`/${guide(locale)}`));
        const hash = new URL(page.url()).hash;
        const notes = await page.evaluate((id) => {
          const entry = document.getElementById(id);
          return {
            question: entry?.querySelector(".discussion-question")?.textContent ?? "",
            notes: entry?.querySelectorAll("li").length ?? 0,
          };
        }, hash.slice(1));
        if (hash !== `#discuss-${chapter.split("/")[2]}` || !notes.question || notes.notes === 0)
          problems.push(`${chapter}: lands on ${hash}, which holds no question with notes`);
      }
    }
    assertNone(problems, "links to the guide");
    await page.context().close();
  });

  it("offers the data downloads it names, and they resolve to CSV files (every edition)", async () => {
    const { page } = await site.page();
    const problems: string[] = [];
    let checked = 0;
    for (const locale of publishedLocales) {
      for (const path of [guide(locale), worksheet(locale)]) {
        await page.goto(site.url(path));
        const hrefs = await page
          .locator("a[data-csv]")
          .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
        if (hrefs.length === 0) problems.push(`${path}: no CSV download`);
        for (const href of new Set(hrefs)) {
          checked += 1;
          const response = await page.request.get(href);
          const rows = (await response.text()).trim().split(/\r?\n/);
          if (!response.ok() || !response.headers()["content-type"]?.includes("text/csv") || rows.length < 2)
            problems.push(
              `${path}: ${href} → ${response.status()} ${response.headers()["content-type"]}, ${rows.length} rows`,
            );
        }
      }
    }
    assertNone(problems, "data downloads");
    assert.ok(checked >= publishedLocales.length * 2);
    await page.context().close();
  });

  it("prints on at most ten A4 pages, and the worksheet on one or two (every edition)", async () => {
    const { page } = await site.page();
    const counts: string[] = [];
    const problems: string[] = [];
    for (const locale of publishedLocales) {
      for (const [path, most] of [
        [guide(locale), 10],
        [worksheet(locale), 2],
      ] as const) {
        await page.goto(site.url(path));
        const pages = pdfPages(await page.pdf({ format: "A4" }));
        counts.push(`${path}: ${pages}`);
        if (pages < 1 || pages > most) problems.push(`${path} prints on ${pages} A4 pages; at most ${most}`);
      }
    }
    assertNone(problems, `page counts (${counts.join(", ")})`);
    await page.context().close();
  });

  it("answers every worksheet question in its key, with the chapter and step of the evidence (every edition)", async () => {
    const { page } = await site.page();
    const problems: string[] = [];
    for (const locale of publishedLocales) {
      await page.goto(site.url(worksheet(locale)));
      const questions = await page.locator(".worksheet-questions > li").count();
      const keyOnSheet = await page.locator(".answer-key, .answer-model, .answer-marking").count();
      if (keyOnSheet > 0) problems.push(`${locale}: the worksheet shows the answer key`);
      await page.goto(site.url(guide(locale)));
      const answers = await page.locator(".answer-key > li").evaluateAll((items) =>
        items.map((item) => ({
          answered: Boolean(item.querySelector(".answer-model, .answer-marking")),
          marking: item.querySelectorAll(".answer-marking dt").length,
          evidence: [...item.querySelectorAll(".answer-evidence a")].map((link) => (link as HTMLAnchorElement).href),
        })),
      );
      if (answers.length !== questions)
        problems.push(`${locale}: ${questions} questions on the worksheet, ${answers.length} in the key`);
      answers.forEach((answer, index) => {
        if (!answer.answered) problems.push(`${locale}: question ${index + 1} has no answer`);
        if (answer.evidence.length === 0) problems.push(`${locale}: answer ${index + 1} points at no evidence`);
      });
      if (!answers.some((answer) => answer.marking === 3))
        problems.push(`${locale}: the open question has no marking guide (good, adequate, weak)`);
      for (const href of new Set(answers.flatMap((answer) => answer.evidence))) {
        const target = new URL(href);
        await page.goto(href);
        const step = target.hash.slice(1);
        if (step && (await page.locator(`[id="${step}"]`).count()) === 0)
          problems.push(`${locale}: ${href} has no step`);
      }
    }
    assertNone(problems, "the answer key");
    await page.context().close();
  });

  it("prints its QR codes clear of each other and of the text (guide and worksheet, every edition)", async () => {
    // The print layout at the width of an A4 page's text.
    const { page } = await site.page({ viewport: { width: 700, height: 1000 } });
    await page.emulateMedia({ media: "print" });
    const problems: string[] = [];
    for (const locale of publishedLocales)
      for (const path of [guide(locale), worksheet(locale)]) {
        await page.goto(site.url(path));
        const clashes = await page.evaluate(() => {
          const codes = [...document.querySelectorAll(".chapter-qr")];
          const texts = [...document.querySelectorAll("h1, h2, p, li, .worksheet-fields span")].filter(
            (text) => !text.closest(".chapter-qr") && !text.querySelector(".chapter-qr"),
          );
          const visible = (element: Element) => element.getBoundingClientRect().width > 0;
          const meet = (a: DOMRect, b: DOMRect) =>
            a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
          return codes.filter(visible).flatMap((code, index) => {
            const box = code.getBoundingClientRect();
            const name = code.getAttribute("data-qr");
            return [
              ...codes.slice(index + 1).filter((other) => visible(other) && meet(box, other.getBoundingClientRect())),
              ...texts.filter((text) => visible(text) && meet(box, text.getBoundingClientRect())),
            ].map((other) => `the QR code of ${name} covers “${other.textContent?.trim().slice(0, 40)}”`);
          });
        });
        problems.push(...clashes.map((clash) => `${path}: ${clash}`));
      }
    assertNone(problems, "QR codes on paper");
    await page.context().close();
  });
});

describe("the student worksheet", () => {
  it("works without JavaScript: ordered questions with room to write, and QR codes of their chapters", async () => {
    const { page } = await site.page({ javaScriptEnabled: false });
    for (const locale of publishedLocales) {
      await page.goto(site.url(worksheet(locale)));
      const sheet = await page.evaluate(() => ({
        questions: [...document.querySelectorAll("ol.worksheet-questions > li")].map((item) => ({
          text: item.querySelector("p")?.textContent?.trim() ?? "",
          lines: item.querySelectorAll(".answer-line").length,
          lineHeight: item.querySelector(".answer-line")?.getBoundingClientRect().height ?? 0,
          chapter: item.querySelector<HTMLAnchorElement>("a.question-chapter")?.pathname ?? null,
        })),
        qrs: [...document.querySelectorAll(".worksheet-qrs [data-qr]")].map((figure) => ({
          url: figure.getAttribute("data-qr") ?? "",
          svg: figure.querySelector("svg")?.outerHTML ?? "",
        })),
      }));
      assert.ok(sheet.questions.length >= 5, `${locale}: ${sheet.questions.length} questions`);
      for (const question of sheet.questions) {
        assert.ok(question.text.length > 10, `${locale}: a question has its text`);
        assert.ok(question.lines > 0 && question.lineHeight >= 20, `${locale}: room to write under "${question.text}"`);
      }
      const chapters = new Set(sheet.questions.flatMap((question) => (question.chapter ? [question.chapter] : [])));
      assert.deepEqual(
        sheet.qrs.map((qr) => new URL(qr.url).pathname).sort(),
        [...chapters].sort(),
        `${locale}: a QR code for each chapter the questions are about`,
      );
      for (const qr of sheet.qrs) {
        const image = new Resvg(qr.svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" '), {
          fitTo: { mode: "width", value: 400 },
          background: "white",
        }).render();
        assert.equal(jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data, qr.url);
      }
    }
    await page.context().close();
  });

  it("gives no answers: none of the guide's derived figures is on it (every edition)", async () => {
    const { page } = await site.page();
    for (const locale of publishedLocales) {
      await page.goto(site.url(guide(locale)));
      const derived = await page
        .locator(".derived-mark")
        .evaluateAll((marks) => marks.map((mark) => mark.getAttribute("data-derived-from") ?? ""));
      assert.ok(derived.length >= 5, `${locale}: the guide's expected results hold derived figures`);
      await page.goto(site.url(worksheet(locale)));
      const onSheet = await page
        .locator("[data-fact]")
        .evaluateAll((facts) => facts.map((fact) => fact.getAttribute("data-fact")));
      assert.deepEqual(
        onSheet.filter((id) => derived.includes(id ?? "")),
        [],
        `${locale}: the worksheet shows no expected result`,
      );
    }
    await page.context().close();
  });
});
