import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { chapterPaths, scrollToStep, stepIds, useSite, viewports, waitForActiveStep, waitForDrawn } from "./harness.ts";

const site = useSite();

describe("reading a chapter by scrolling", () => {
  for (const [name, viewport] of Object.entries(viewports)) {
    for (const path of chapterPaths) {
      it(`activates every step in order, down and back up (${name}, ${path})`, async () => {
        const { page, errors } = await site.page({ viewport, reducedMotion: "reduce" });
        await page.goto(site.url(path));
        const ids = await stepIds(page);
        assert.ok(ids.length >= 3, "a chapter has at least three steps");
        for (const id of ids) {
          await scrollToStep(page, id);
          await waitForActiveStep(page, id);
          // The hash follows the active step (replaceState, so no history entry).
          await page.waitForFunction((stepId) => location.hash === `#${stepId}`, id, { timeout: 3000 });
        }
        for (const id of [...ids].reverse()) {
          await scrollToStep(page, id);
          await waitForActiveStep(page, id);
        }
        const historyLength = await page.evaluate(() => history.length);
        assert.ok(historyLength <= 2, `reading adds no history entries (history.length ${historyLength})`);
        assert.deepEqual(errors, []);
        await page.context().close();
      });
    }
  }

  it("ends on the state of the visible step after a fast scroll", async () => {
    const { page } = await site.page();
    await page.goto(site.url(chapterPaths[1]));
    const ids = await stepIds(page);
    const last = ids.at(-1) ?? "";
    await scrollToStep(page, last);
    await waitForActiveStep(page, last);
    await page.waitForTimeout(900);
    const focused = await page.evaluate(() =>
      document.querySelector("[data-figure] .bar.is-focus")?.getAttribute("data-key"),
    );
    const expected = await page.evaluate(
      (id) => JSON.parse(document.getElementById(id)?.dataset.state ?? "{}").focus,
      last,
    );
    assert.equal(focused, expected);
    await page.context().close();
  });
});

describe("deep links", () => {
  for (const path of chapterPaths) {
    it(`open at the linked step with the figure already in its state (${path})`, async () => {
      const { page, errors } = await site.page();
      await page.goto(site.url(path));
      const ids = await stepIds(page);
      const target = ids[2] ?? "";
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { seenSteps: string[] }).seenSteps = seen;
        new MutationObserver((records) => {
          for (const record of records) {
            const value = (record.target as Element).getAttribute("data-active-step");
            if (value) seen.push(value);
          }
        }).observe(document, { subtree: true, attributeFilter: ["data-active-step"] });
      });
      await page.goto("about:blank");
      await page.goto(site.url(`${path}#${target}`));
      await waitForActiveStep(page, target);
      await page.waitForTimeout(400);
      const seen = await page.evaluate(() => (window as unknown as { seenSteps: string[] }).seenSteps);
      // A section whose only step is the target starts on it, so it may record no change at all.
      assert.deepEqual(
        [...new Set(seen)].filter((id) => id !== target),
        [],
        "no earlier step is replayed",
      );
      const inView = await page.evaluate((id) => {
        const box = document.getElementById(id)?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.top < innerHeight;
      }, target);
      assert.ok(inView, "the linked step is on screen");
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }

  it("ignore unknown, malformed and huge hashes", async () => {
    const { page, errors } = await site.page();
    for (const hash of ["#nope", "#%E0%A4%A", `#${"x".repeat(10000)}`, "#<script>"]) {
      await page.goto("about:blank");
      await page.goto(site.url(chapterPaths[0]) + hash);
      await page.waitForSelector("scrolly-section[data-ready]");
    }
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});

describe("reduced motion", () => {
  it("changes the figure at once", async () => {
    const { page } = await site.page({ reducedMotion: "reduce" });
    // The first chapter's second step brings the population chart's last bar into focus.
    await page.goto(site.url(chapterPaths[0]));
    const ids = await stepIds(page);
    const step = ids[1] ?? "";
    await scrollToStep(page, step);
    await waitForActiveStep(page, step);
    // The chart module's own drawing, not the server's figure it replaces (which is laid out for another size).
    await waitForDrawn(page, step);
    const height = () =>
      page.evaluate(() => document.querySelector("[data-figure] .bar.is-focus")?.getAttribute("height"));
    const immediately = await height();
    assert.ok(immediately, "the focused bar is drawn");
    await page.waitForTimeout(800);
    assert.equal(immediately, await height());
    await page.context().close();
  });
});

describe("without JavaScript", () => {
  for (const path of chapterPaths) {
    it(`shows every step with its own figure (${path})`, async () => {
      const { page } = await site.page({ javaScriptEnabled: false });
      await page.goto(site.url(path));
      const figures = await page.locator(".step").evaluateAll((steps) =>
        steps.map((step) => {
          const svg = step.querySelector(".step-figure svg");
          const box = svg?.getBoundingClientRect();
          return {
            id: step.id,
            visible: !!box && box.width > 200 && box.height > 100,
            // Every chart mark carries its key (many unit marks are one path).
            marks: svg?.querySelectorAll("[data-key]").length ?? 0,
          };
        }),
      );
      assert.ok(figures.length >= 3);
      for (const figure of figures) {
        assert.ok(figure.visible, `step ${figure.id} shows its figure`);
        assert.ok(figure.marks > 0, `step ${figure.id}'s figure has marks`);
      }
      const sticky = await page.locator("[data-figure]").first().isVisible();
      assert.equal(sticky, false, "the sticky figure is not used without JavaScript");
      await page.context().close();
    });
  }
});
