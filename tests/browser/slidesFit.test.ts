import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { chapterPaths, useSite } from "./harness.ts";

const site = useSite();

/** Projectors, a laptop and a phone held upright. */
const screens = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
];
const chapters = [...chapterPaths, ...chapterPaths.map((path) => path.replace("zh-hant/", "en/"))];

/** What a slide shows that might not fit: the text box of a step, the slide itself, the bar's title. */
interface SlideFit {
  id: string;
  problems: string[];
}

/** Measures the slide on screen; in the page. */
function measureSlide(): SlideFit {
  const problems: string[] = [];
  const id = location.hash.slice(1);
  const chapter = document.querySelector<HTMLElement>(".chapter");
  if (chapter && chapter.scrollHeight > chapter.clientHeight + 1)
    problems.push(`slide ${chapter.scrollHeight} px tall in ${chapter.clientHeight} px`);
  const box = document.querySelector<HTMLElement>("scrolly-section.is-slide .scrolly-steps");
  if (box) {
    if (box.scrollHeight > box.clientHeight + 1)
      problems.push(`step text ${box.scrollHeight} px in ${box.clientHeight} px`);
    // The 1/40 rule of chart text holds for the step's words too: they never shrink below it.
    const least = Math.max(Math.min(innerHeight / 40, innerWidth / 25), 13);
    const size = parseFloat(getComputedStyle(box).fontSize);
    if (size < least - 0.05) problems.push(`step text ${size.toFixed(1)} px, below ${least.toFixed(1)} px`);
  }
  const title = document.querySelector<HTMLElement>(".present-title");
  if (innerWidth >= 1280 && title && (title.scrollWidth > title.clientWidth || title.scrollHeight > title.clientHeight))
    problems.push(
      `bar title cut: ${title.scrollWidth}×${title.scrollHeight} px in ${title.clientWidth}×${title.clientHeight} px`,
    );
  return { id, problems };
}

/** The slide counter's two numbers (this slide, and how many), in either edition's words; in the page. */
function slideNumbers(): [number, number] | null {
  const match = /(\d+)\D+(\d+)/.exec(document.querySelector("[data-slide-counter]")?.textContent ?? "");
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/**
 * Whether the counter shows slide `n`; in the page. A function, not a string: Playwright evals a
 * string predicate again on every poll, which the pages' Content-Security-Policy (no 'unsafe-eval')
 * forbids, so a wait that did not succeed at once failed with an EvalError.
 */
function showsSlide(n: number): boolean {
  return new RegExp(`^\\D*${n}\\D`).test(document.querySelector("[data-slide-counter]")?.textContent ?? "");
}

/** Walks a chapter's slides with the arrow key, from the first to the last, measuring each. */
async function walkSlides(page: Page, url: string): Promise<SlideFit[]> {
  await page.goto(`${url}?present`);
  await page.waitForFunction(showsSlide, 1);
  const total = (await page.evaluate(slideNumbers))?.[1] ?? 0;
  const fits: SlideFit[] = [];
  for (let n = 1; n <= total; n += 1) {
    if (n > 1) {
      await page.keyboard.press("ArrowRight");
      await page.waitForFunction(showsSlide, n);
    }
    fits.push(await page.evaluate(measureSlide));
  }
  return fits;
}

describe("slides show the whole step (?present)", () => {
  for (const viewport of screens)
    it(`no text box scrolls and nothing is cut, on every slide of every chapter (${viewport.width}×${viewport.height})`, async () => {
      const { page, errors } = await site.page({ viewport, reducedMotion: "reduce" });
      const problems: string[] = [];
      let slides = 0;
      for (const path of chapters) {
        const fits = await walkSlides(page, site.url(path));
        slides += fits.length;
        for (const fit of fits) problems.push(...fit.problems.map((problem) => `/${path}#${fit.id}: ${problem}`));
      }
      assert.ok(slides > 100, `walked ${slides} slides`);
      const found = [...problems, ...errors];
      assert.equal(found.length, 0, `slides at ${viewport.width}×${viewport.height}:\n${found.join("\n")}`);
      await page.context().close();
    });
});
