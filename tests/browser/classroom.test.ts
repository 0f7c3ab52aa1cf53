import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { publishedLocales } from "../../src/i18n/locales.ts";
import { useSite, waitForActiveStep } from "./harness.ts";
import { layoutShifts, recordShifts } from "./layoutShifts.ts";
import { assertNone, distPages, layoutLocales } from "../dist/distPages.ts";

const site = useSite();
const chapter = "zh-hant/fishing-village/";
const nextChapter = "zh-hant/farmers-city/";
/** An edition's chapters in reading order, as its contents menu lists them. */
const chaptersOf = (locale: string): string[] => {
  const page = distPages().find((candidate) => candidate.chapter && candidate.path.startsWith(`${locale}/`));
  const menu = page?.html.match(/<ol class="contents-chapters"[^]*?<\/ol>/)?.[0] ?? "";
  const paths = [...menu.matchAll(/href="[^"]*?([^"/]+\/[^"/]+\/)"/g)].map((match) => match[1] ?? "");
  assert.ok(paths.length > 1, `the contents menu of ${locale} lists the chapters`);
  return paths;
};
const projector = {
  small: { width: 1024, height: 768 },
  wide: { width: 1280, height: 720 },
  full: { width: 1920, height: 1080 },
};

/** Waits until the slides run: the mode is set and the counter shows where we are. */
const slidesShown = (page: Page, mode = "present") =>
  page.waitForFunction(
    (expected) =>
      document.documentElement.dataset["mode"] === expected &&
      (document.querySelector("[data-slide-counter]")?.textContent ?? "") !== "" &&
      [...document.querySelectorAll("scrolly-section")].every((section) => section.hasAttribute("data-ready")),
    mode,
  );

/** The presentation's state as the audience sees it: slide hash, counter, the figure of a step slide. */
async function slideState(page: Page) {
  return page.evaluate(() => {
    const hash = location.hash.slice(1);
    const step = document.getElementById(hash);
    const figure = step?.closest("scrolly-section")?.querySelector("[data-figure]");
    return {
      hash,
      isStep: step?.hasAttribute("data-step") ?? false,
      activeStep: figure?.getAttribute("data-active-step") ?? null,
      stepVisible: step ? step.getBoundingClientRect().height > 0 : false,
      counter: document.querySelector("[data-slide-counter]")?.textContent ?? "",
    };
  });
}

describe("presentation mode", () => {
  it("steps through every slide with PageDown and back with PageUp, the figure following", async () => {
    const { page, errors } = await site.page({ reducedMotion: "reduce" });
    await page.goto(site.url(`${chapter}?present`));
    await page.waitForFunction(() => document.documentElement.dataset["mode"] === "present");
    const total = Number((await slideState(page)).counter.match(/(\d+)\D*$/)?.[1]);
    assert.ok(total > 5, `a chapter has several slides (${total})`);
    const seen: string[] = [];
    for (let slide = 1; slide < total; slide += 1) {
      await page.keyboard.press("PageDown");
      const state = await slideState(page);
      seen.push(state.hash);
      if (state.isStep) {
        await waitForActiveStep(page, state.hash);
        assert.ok(state.stepVisible, `step ${state.hash} is the caption of its slide`);
      }
    }
    assert.equal(new Set(seen).size, total - 1, "every slide is a different place");
    for (let slide = 1; slide < total; slide += 1) await page.keyboard.press("PageUp");
    assert.equal((await slideState(page)).hash, "slide-title");
    await page.keyboard.press("End");
    await page.keyboard.press("PageDown");
    await page.waitForURL((url) => url.pathname.endsWith(`/${nextChapter}`) && url.search === "?present");
    await page.waitForFunction(() => document.documentElement.dataset["mode"] === "present");
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it("moves to a step when a link changes only the hash, as the teacher's guide links do", async () => {
    const { page, errors } = await site.page({ reducedMotion: "reduce" });
    await page.goto(site.url(`${chapter}?present`));
    await slidesShown(page);
    const target = await page.evaluate(() => [...document.querySelectorAll("[data-step]")].at(-1)?.id ?? "");
    assert.notEqual((await slideState(page)).hash, target);
    await page.evaluate((id) => (location.hash = id), target);
    await waitForActiveStep(page, target);
    const state = await slideState(page);
    assert.equal(state.hash, target);
    assert.ok(state.stepVisible, "the step is the slide's caption");
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it("starts with P, stays on its slide after a reload, and Esc goes back to reading at the same step", async () => {
    const { page } = await site.page();
    await page.goto(site.url(chapter));
    await page.keyboard.press("p");
    await page.waitForFunction(() => document.documentElement.dataset["mode"] === "present");
    for (let i = 0; i < 4; i += 1) await page.keyboard.press("ArrowRight");
    const before = await slideState(page);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset["mode"] === "present");
    assert.equal((await slideState(page)).hash, before.hash, "a reload stays on the slide");
    const step = before.isStep ? before.hash : null;
    await page.keyboard.press("Escape");
    assert.equal(await page.evaluate(() => document.documentElement.dataset["mode"] ?? null), null);
    assert.ok(!page.url().includes("?present"));
    if (step) {
      assert.equal(new URL(page.url()).hash, `#${step}`);
      const onScreen = await page.evaluate((id) => {
        const box = document.getElementById(id)?.getBoundingClientRect();
        return !!box && box.top >= 0 && box.top < innerHeight;
      }, step);
      assert.ok(onScreen, "reading resumes at the step");
    }
    await page.context().close();
  });
});

describe("presenter view", () => {
  it("follows the audience view and the other way round", async () => {
    const { page: audience } = await site.page({ reducedMotion: "reduce" });
    await audience.goto(site.url(`${chapter}?present`));
    await audience.waitForFunction(() => document.documentElement.dataset["mode"] === "present");
    const presenter = await audience.context().newPage();
    await presenter.goto(site.url(`${chapter}?presenter`));
    await presenter.waitForFunction(() => document.documentElement.dataset["mode"] === "presenter");
    for (let i = 0; i < 4; i += 1) await audience.keyboard.press("PageDown");
    const shown = await slideState(audience);
    await presenter.waitForFunction((hash) => location.hash === `#${hash}`, shown.hash);
    if (shown.isStep) assert.equal((await slideState(presenter)).activeStep, shown.hash);
    const notes = await presenter.locator("[data-notes-view]").textContent();
    assert.ok(notes && notes.trim().length > 0, "the presenter sees notes (or says there are none)");
    await presenter.keyboard.press("PageDown");
    const presenterSlide = await slideState(presenter);
    await audience.waitForFunction((hash) => location.hash === `#${hash}`, presenterSlide.hash);
    if (presenterSlide.isStep) assert.equal((await slideState(audience)).activeStep, presenterSlide.hash);
    await audience.context().close();
  });

  it("shows a step's teacher notes, which readers never see", async () => {
    // A step whose notes have stayed the same since the story was rewritten.
    const withNotes = "zh-hant/lean-government/";
    const { page } = await site.page();
    await page.goto(site.url(`${withNotes}?presenter#middle-folds`));
    await page.waitForFunction(() => document.documentElement.dataset["mode"] === "presenter");
    const notes = (await page.locator("[data-notes-view]").textContent()) ?? "";
    assert.ok(notes.includes("鄉鎮政府負責"), `notes for the step are shown (${notes})`);
    const reader = await page.context().newPage();
    await reader.goto(site.url(withNotes));
    const readerText = await reader.evaluate(() => document.body.innerText);
    assert.ok(!readerText.includes(notes.trim().slice(0, 12)), "notes are not in the reading view");
    const snapshot = await reader.locator("body").ariaSnapshot();
    assert.ok(!snapshot.includes(notes.trim().slice(0, 12)), "notes are not in the accessibility tree");
    await page.context().close();
  });
});

// Each chapter opening as slides at projector sizes (no layout shift, the controls in one row) is checked in the
// walk through every slide, slides.test.ts.
describe("on a projector", () => {
  it("opens a step slide from a link with ?present without a layout shift", async () => {
    const { page } = await site.page({ viewport: projector.wide, reducedMotion: "reduce" });
    await page.addInitScript(recordShifts);
    const problems: string[] = [];
    for (const locale of layoutLocales) {
      for (const path of chaptersOf(locale)) {
        await page.goto(site.url(path));
        const step = await page.locator("[data-step]").nth(1).getAttribute("id");
        await page.goto("about:blank");
        await page.goto(site.url(`${path}?present#${step}`));
        await slidesShown(page);
        await waitForActiveStep(page, step ?? "");
        const { cls } = await layoutShifts(page);
        if (cls > 0) problems.push(`/${path}?present#${step}: CLS ${cls.toFixed(3)}`);
      }
    }
    assertNone(problems, "layout shifts");
    await page.context().close();
  });

  it("PageUp on a chapter's first slide opens the previous chapter's last slide", async () => {
    const { page, errors } = await site.page({ viewport: projector.small, reducedMotion: "reduce" });
    for (const locale of publishedLocales) {
      const paths = chaptersOf(locale);
      for (const [index, path] of paths.entries()) {
        const previous = paths[index - 1];
        if (!previous) continue;
        await page.goto(site.url(`${path}?present`));
        await slidesShown(page);
        assert.equal(new URL(page.url()).hash, "#slide-title", `/${path} opens on its title slide`);
        await page.keyboard.press("PageUp");
        await page.waitForURL((url) => url.pathname.endsWith(`/${previous}`));
        await slidesShown(page);
        const state = await slideState(page);
        assert.equal(state.hash, "slide-end", `PageUp from /${path} lands on the last slide of /${previous}`);
        const [n, total] = (state.counter.match(/\d+/g) ?? []).map(Number);
        assert.ok(n !== undefined && n === total, `the counter says last slide (${state.counter})`);
        assert.equal(new URL(page.url()).search, "?present");
      }
    }
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it("the Present button works before the presentation code has loaded, and loads it only then", async () => {
    const { page } = await site.page();
    const loaded: string[] = [];
    page.on("request", (request) => loaded.push(request.url()));
    await page.goto(site.url(chapter));
    await page.waitForLoadState("networkidle");
    const before = loaded.length;
    await page.locator(".present-button").click();
    await slidesShown(page);
    const later = loaded.slice(before).filter((url) => url.endsWith(".js"));
    assert.ok(later.length > 0, "the slides' code arrives on first use");
    assert.equal(new URL(page.url()).search, "?present");
    await page.context().close();
  });
});

/** The words a slide shows, as a viewer reads them: no citation marks or hidden text. */
const shownSlideText = (page: Page) =>
  page.evaluate(() => {
    const shown = [...document.querySelectorAll(".is-slide")].filter((element) => element.checkVisibility());
    const parts = shown.flatMap((element) => {
      if (element.localName === "scrolly-section") return [...element.querySelectorAll(".is-current-step .step-body")];
      if (element.classList.contains("chapter-header")) return [...element.querySelectorAll("h1")];
      // The closing slide: the QR code's caption and the address it opens.
      if (element.classList.contains("chapter-qr")) return [...element.querySelectorAll("figcaption")];
      return [element];
    });
    return parts
      .map((part) => {
        const copy = part.cloneNode(true) as Element;
        copy.querySelectorAll(".cite, .visually-hidden, share-step, script").forEach((hidden) => hidden.remove());
        copy.querySelectorAll("p, li").forEach((block) => block.append(" "));
        return copy.textContent ?? "";
      })
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
  });

describe("presenter view text (English and 繁體中文, every chapter)", () => {
  for (const locale of ["en", "zh-hant"]) {
    it(`"Up next" is the next slide's own words, cut at a word or a sentence with "…" (${locale})`, async () => {
      const { page, errors } = await site.page({ reducedMotion: "reduce" });
      const problems: string[] = [];
      const words = new Intl.Segmenter(locale, { granularity: "word" });
      for (const path of chaptersOf(locale)) {
        await page.goto(site.url(`${path}?presenter`));
        await slidesShown(page, "presenter");
        const total = Number((await slideState(page)).counter.match(/(\d+)\D*$/)?.[1]);
        for (let slide = 1; slide < total; slide += 1) {
          const preview = ((await page.locator("[data-next-slide]").textContent()) ?? "").trim();
          await page.keyboard.press("PageDown");
          await page.waitForFunction(
            (n) => (document.querySelector("[data-slide-counter]")?.textContent ?? "").includes(String(n + 1)),
            slide,
          );
          const next = await shownSlideText(page);
          const where = `/${path} slide ${slide + 1}`;
          // Joining a slide's elements leaves spaces; where they fall is a matter of typography, checked apart.
          const squash = (text: string) => text.replace(/\s+/g, "");
          if (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef] [\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(preview))
            problems.push(`${where}: a stray space between Chinese characters in "${preview.slice(0, 60)}"`);
          if (/[^\s(]https?:\/\//.test(preview))
            problems.push(`${where}: an address run into the words before it in "${preview.slice(0, 80)}"`);
          if (squash(preview) === squash(next)) continue;
          if (!preview.endsWith("…")) {
            problems.push(`${where}: "${preview}" is neither the whole text nor ends with "…"`);
            continue;
          }
          const kept = preview.slice(0, -1).trimEnd();
          if (!squash(next).startsWith(squash(kept))) {
            problems.push(`${where}: "${preview.slice(0, 80)}" is not how "${next.slice(0, 80)}" begins`);
            continue;
          }
          // Where the cut falls in the slide's own text: after as many characters as the preview keeps.
          let cut = 0;
          for (let count = 0; count < squash(kept).length; cut += 1) if (!/\s/.test(next[cut] ?? "")) count += 1;
          const boundaries = new Set([...words.segment(next)].map((segment) => segment.index));
          if (!boundaries.has(cut) && !/\s/.test(next[cut] ?? ""))
            problems.push(`${where}: cut inside a word: "…${kept.slice(-20)}|${next.slice(cut, cut + 10)}"`);
          if (/[,，、;；:：]$/.test(kept)) problems.push(`${where}: the cut ends on "${kept.at(-1)}"`);
        }
      }
      assertNone(problems, "up next");
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }

  for (const [locale, pattern] of [
    ["zh-hant", /^已用時間：\d+:\d\d$/],
    ["en", /^Elapsed: \d+:\d\d$/],
  ] as const) {
    it(`the timer reads as ${locale} writes it, and runs`, async () => {
      const { page } = await site.page();
      await page.goto(site.url(`${chaptersOf(locale)[0]}?presenter`));
      await slidesShown(page, "presenter");
      const timer = page.locator(".presenter-timer");
      assert.match(((await timer.textContent()) ?? "").trim(), pattern);
      await page.waitForFunction(() =>
        /[1-9]$/.test(document.querySelector(".presenter-timer")?.textContent?.trim() ?? ""),
      );
      assert.match(((await timer.textContent()) ?? "").trim(), pattern);
      await page.context().close();
    });
  }
});
