import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { useSite, waitForActiveStep } from "./harness.ts";

const site = useSite();
const chapter = "zh-hant/fishing-village/";
const nextChapter = "zh-hant/farmers-city/";

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
    const { page } = await site.page();
    await page.goto(site.url(`${chapter}?presenter#ferry`));
    await page.waitForFunction(() => document.documentElement.dataset["mode"] === "presenter");
    const notes = (await page.locator("[data-notes-view]").textContent()) ?? "";
    assert.ok(notes.includes("1868"), `notes for the step are shown (${notes})`);
    const reader = await page.context().newPage();
    await reader.goto(site.url(chapter));
    const readerText = await reader.evaluate(() => document.body.innerText);
    assert.ok(!readerText.includes(notes.trim().slice(0, 12)), "notes are not in the reading view");
    const snapshot = await reader.locator("body").ariaSnapshot();
    assert.ok(!snapshot.includes(notes.trim().slice(0, 12)), "notes are not in the accessibility tree");
    await page.context().close();
  });
});
