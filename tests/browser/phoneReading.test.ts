/**
 * Reading on a phone: while a step is read, its text covers at most a tenth of the chart it
 * drives. Measured for every step of every chapter, in English and 繁體中文 (the longest and the
 * densest text), at two phone sizes, at two positions a reader holds a step:
 * - in the reading band: the text centred in the part of the view the sticky figure leaves free,
 *   or its top at the top of that band when it is taller; the step must be the active one there,
 *   and nothing may hide its text;
 * - in the view: the text centred in the whole view, or its top near the top of the view when taller.
 * Coverage is what a reader sees: points of the chart (a grid over its canvas, inside the view)
 * where the topmost element is a step's text block rather than the figure. A screenshot of every step in
 * its reading band goes to test-results/phone/.
 */
import assert from "node:assert/strict";
import { mkdirSync, rmSync } from "node:fs";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { keepScreenshots, settled, stepIds, useSite, waitForActiveStep } from "./harness.ts";
import { assertNone, distPages } from "../dist/distPages.ts";

const site = useSite();
const phones = { "390×844": { width: 390, height: 844 }, "360×740": { width: 360, height: 740 } };
const editions = ["en", "zh-hant"];
const maxCoverage = 0.1;
const shots = "test-results/phone";
rmSync(shots, { recursive: true, force: true });
mkdirSync(shots, { recursive: true });

/** Scrolls so that step `id`'s text sits where `position` says; returns the figure band's height. */
function place(page: Page, id: string, position: "band" | "view") {
  return page.evaluate(
    ({ stepId, where }) => {
      const step = document.getElementById(stepId);
      const text = step?.querySelector(".step-body");
      const figure = step?.closest("scrolly-section")?.querySelector(".scrolly-figure");
      if (!step || !text || !figure) throw new Error(`step ${stepId} has no text or figure`);
      const band = figure.getBoundingClientRect().height;
      const box = text.getBoundingClientRect();
      const [top, room] = where === "band" ? [band, innerHeight - band] : [0, innerHeight];
      const offset = box.height <= room ? top + (room - box.height) / 2 : top + (where === "band" ? 0 : 16);
      scrollTo({ top: scrollY + box.top - offset, behavior: "instant" });
      return band;
    },
    { stepId: id, where: position },
  );
}

/** The share of the section's chart, inside the view, under step text; and the step's lines hidden by anything. */
function measure(page: Page, id: string) {
  return page.evaluate((stepId) => {
    const step = document.getElementById(stepId);
    const section = step?.closest("scrolly-section");
    const canvas = section?.querySelector(".scrolly-figure .figure-canvas");
    if (!step || !section || !canvas) throw new Error(`step ${stepId} has no chart`);
    const box = canvas.getBoundingClientRect();
    const columns = 24;
    const rows = 24;
    let inView = 0;
    let covered = 0;
    for (let row = 0; row < rows; row += 1) {
      for (let column = 0; column < columns; column += 1) {
        const x = box.left + ((column + 0.5) * box.width) / columns;
        const y = box.top + ((row + 0.5) * box.height) / rows;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        inView += 1;
        // A step's text block (its card, where it has one), not the empty box around it.
        if (document.elementFromPoint(x, y)?.closest(".step-body")) covered += 1;
      }
    }
    const lines = [...step.querySelectorAll(".step-body > :not(.visually-hidden, share-step, template)")].flatMap(
      (block) => {
        const range = document.createRange();
        range.selectNodeContents(block);
        return [...range.getClientRects()].filter((rect) => rect.width > 4 && rect.height > 4);
      },
    );
    const shownLines = lines.filter((line) => line.top >= 0 && line.bottom <= innerHeight);
    const hidden = shownLines.filter((line) => {
      const hit = document.elementFromPoint(line.left + Math.min(line.width / 2, 40), (line.top + line.bottom) / 2);
      return !hit || !step.contains(hit);
    }).length;
    return {
      coverage: inView === 0 ? 0 : covered / inView,
      chartInView: inView / (columns * rows),
      lines: lines.length,
      hidden,
      active: section.querySelector("[data-figure]")?.getAttribute("data-active-step") === stepId,
      textFits: (step.querySelector(".step-body")?.getBoundingClientRect().height ?? 0) <= innerHeight,
    };
  }, id);
}

const chapters = distPages().filter((page) => page.chapter && editions.some((e) => page.path.startsWith(`${e}/`)));

describe("a phone reader's view of every step", () => {
  for (const [size, viewport] of Object.entries(phones)) {
    it(`step text covers at most ${maxCoverage * 100}% of the active chart (${size})`, async (t) => {
      const { page, errors } = await site.page({ viewport, reducedMotion: "reduce", hasTouch: true, isMobile: true });
      const problems: string[] = [];
      let worst = { coverage: 0, where: "" };
      for (const { path } of chapters) {
        await page.goto(site.url(path));
        await settled(page);
        for (const id of await stepIds(page)) {
          const where = `/${path}#${id}`;
          await place(page, id, "band");
          await waitForActiveStep(page, id).catch(() => undefined);
          await page.evaluate(
            () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
          );
          const reading = await measure(page, id);
          if (keepScreenshots) await page.screenshot({ path: `${shots}/${size}-${path.replace(/\//g, "_")}${id}.png` });
          if (!reading.active) problems.push(`${where}: not the active step while its text is in the reading band`);
          if (reading.hidden > 0) problems.push(`${where}: ${reading.hidden} of its lines in view are hidden`);
          if (reading.chartInView < 0.9) problems.push(`${where}: the chart is not in view while the step is read`);
          await place(page, id, "view");
          await page.evaluate(
            () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
          );
          const centred = await measure(page, id);
          for (const [position, found] of [
            ["reading band", reading],
            ["view", centred],
          ] as const) {
            if (found.coverage > worst.coverage) worst = { coverage: found.coverage, where: `${where} (${position})` };
            if (found.coverage > maxCoverage)
              problems.push(`${where}: text covers ${(found.coverage * 100).toFixed(0)}% of the chart (${position})`);
          }
        }
      }
      t.diagnostic(`most covered: ${(worst.coverage * 100).toFixed(1)}% at ${worst.where || "no step"}`);
      assertNone(problems, `reading on a ${size} phone`);
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }
});
