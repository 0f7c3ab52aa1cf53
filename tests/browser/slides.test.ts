/**
 * Every slide of every chapter, in English and 繁體中文, walked with the arrow key at each screen size, in
 * one walk that checks all a slide must do: on a projector the chapter opens as slides without a layout
 * shift and with its controls in one row (every edition); the step's words and the slide fit with nothing cut; on a projector,
 * chart text scales with the slide; on a phone held upright, chart text neither overlaps nor runs out of
 * its figure.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { chartTexts, textClashes } from "./chartText.ts";
import { chapterPaths, useSite } from "./harness.ts";
import { layoutShifts, recordShifts } from "./layoutShifts.ts";

const site = useSite();

/** Projectors, a laptop and a phone held upright. */
const screens = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
];
/** English and 繁體中文 are walked slide by slide (the Simplified slides are the Traditional ones converted). */
const chapters = [...chapterPaths, ...chapterPaths.map((path) => path.replace("zh-hant/", "en/"))];
/** The Simplified chapters are opened as slides too: their slide controls' words (演讲者视图) are longer. */
const openedOnly = chapterPaths.map((path) => path.replace("zh-hant/", "zh-hans/"));

/** What a slide shows that might not fit: the text box of a step, the slide itself, the bar's title. */
interface SlideFit {
  id: string;
  problems: string[];
  /** Whether the slide shows a chart, whose text was checked too. */
  chart?: boolean;
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

/** Whether the slide's step (if it is a step's slide) is current and its chart has drawn it; in the page. */
function slideDrawn(): boolean {
  const step = document.getElementById(location.hash.slice(1));
  if (!step?.hasAttribute("data-step")) return true;
  return !!step?.classList.contains("is-current-step") && !!step.closest("scrolly-section")?.hasAttribute("data-drawn");
}

/**
 * The smallest chart label on the slide, in px as shown (a chart short of room is drawn larger and
 * scaled down), and the size of the figure's source line; in the page.
 */
function chartLabelSizes(): { smallest: number; source: number } {
  const figure = document
    .getElementById(location.hash.slice(1))
    ?.closest("scrolly-section")
    ?.querySelector("[data-figure]");
  const texts = [...(figure?.querySelectorAll(".figure-canvas svg text") ?? [])].filter(
    (text) => Number(getComputedStyle(text).opacity) > 0 && text.getBoundingClientRect().width > 0,
  );
  const source = figure?.querySelector(".figure-source");
  const svg = figure?.querySelector<SVGSVGElement>(".figure-canvas svg");
  const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
  return {
    smallest: Math.min(...texts.map((text) => parseFloat(getComputedStyle(text).fontSize) * scale)),
    source: source ? parseFloat(getComputedStyle(source).fontSize) : 0,
  };
}

/**
 * What is wrong with the chart on slide `id` (the id measureSlide read): labels too small for a projector,
 * or text over text on a phone; null when the slide is not a step's.
 */
async function chartProblems(
  page: Page,
  id: string,
  viewport: { width: number; height: number },
): Promise<string[] | null> {
  if (!(await page.locator(`[data-step]#${id}`).count())) return null;
  if (viewport.width < 1024)
    return textClashes(`#${id}`, await chartTexts(page, id)).map((line) => line.slice(id.length + 3));
  const least = viewport.height / 40;
  const { smallest, source } = await page.evaluate(chartLabelSizes);
  if (!Number.isFinite(smallest)) return ["no chart text measured"];
  return smallest < least - 0.05 || smallest < source - 0.05
    ? [`smallest chart label ${smallest} px (the slide needs ${least}, the source line is ${source})`]
    : [];
}

/** What is wrong with the slide controls: anything clipped, cut or on a second row. */
const controlProblems = (page: Page) =>
  page.evaluate(() => {
    const problems: string[] = [];
    const bar = document.querySelector<HTMLElement>(".present-bar");
    if (!bar) return ["no slide controls"];
    const barBox = bar.getBoundingClientRect();
    const shown = [...bar.querySelectorAll<HTMLElement>("button, .present-counter")].filter(
      (element) => element.checkVisibility() && element.getBoundingClientRect().width > 0,
    );
    if (shown.filter((element) => element.localName === "button").length < 5) problems.push("a button is hidden");
    if (bar.scrollWidth > bar.clientWidth + 1)
      problems.push(`the bar scrolls (${bar.scrollWidth} > ${bar.clientWidth})`);
    // One row: every control's vertical extent overlaps every other's.
    const boxes = shown.map((element) => element.getBoundingClientRect());
    if (Math.max(...boxes.map((box) => box.top)) >= Math.min(...boxes.map((box) => box.bottom)))
      problems.push("the controls take more than one row");
    for (const element of shown) {
      const box = element.getBoundingClientRect();
      const label = element.textContent?.trim();
      if (box.left < barBox.left || box.right > Math.min(barBox.right, innerWidth) + 0.5)
        problems.push(`"${label}" is outside the bar (${Math.round(box.left)}–${Math.round(box.right)})`);
      if (box.top < barBox.top || box.bottom > barBox.bottom + 0.5)
        problems.push(`"${label}" overflows the bar's height`);
      if (element.scrollWidth > element.clientWidth + 1) problems.push(`"${label}" is cut`);
    }
    return problems;
  });

/**
 * What is wrong with a chapter as it opens as slides on a projector: a layout shift (the slide layout is
 * set before the first paint), or slide controls cut or on a second row.
 */
async function openingProblems(page: Page): Promise<string[]> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll("scrolly-section")].every((section) => section.hasAttribute("data-ready")),
  );
  const { cls, shifts } = await layoutShifts(page);
  const sources = shifts.flatMap((shift) => shift.sources).slice(0, 4);
  return [
    ...(cls > 0 ? [`CLS ${cls.toFixed(3)} on opening (${sources.join(", ")})`] : []),
    ...(await controlProblems(page)),
  ];
}

/** Walks a chapter's slides with the arrow key, from the first to the last, checking each. */
async function walkSlides(
  page: Page,
  url: string,
  viewport: { width: number; height: number },
  openOnly = false,
): Promise<SlideFit[]> {
  await page.goto("about:blank");
  await page.goto(`${url}?present`);
  await page.waitForFunction(showsSlide, 1);
  const opening = viewport.width >= 1024 ? await openingProblems(page) : [];
  const total = openOnly ? 1 : ((await page.evaluate(slideNumbers))?.[1] ?? 0);
  const fits: SlideFit[] = [];
  for (let n = 1; n <= total; n += 1) {
    if (n > 1) {
      await page.keyboard.press("ArrowRight");
      await page.waitForFunction(showsSlide, n);
    }
    await page.waitForFunction(slideDrawn);
    const fit = await page.evaluate(measureSlide);
    const chart = await chartProblems(page, fit.id, viewport);
    fits.push({
      id: fit.id,
      problems: [...(n === 1 ? opening : []), ...fit.problems, ...(chart ?? [])],
      chart: chart !== null,
    });
  }
  return fits;
}

describe("slides show the whole step (?present)", () => {
  for (const viewport of screens)
    it(`no text box scrolls, nothing is cut, chart text ${viewport.width < 1024 ? "stays apart and inside its figure" : "≥ 1/40 of the slide's height"}, on every slide of every chapter (${viewport.width}×${viewport.height})`, async () => {
      const { page, errors } = await site.page({ viewport, reducedMotion: "reduce" });
      await page.addInitScript(recordShifts);
      const problems: string[] = [];
      let slides = 0;
      let charts = 0;
      for (const path of [...chapters, ...openedOnly]) {
        const fits = await walkSlides(page, site.url(path), viewport, openedOnly.includes(path));
        slides += fits.length;
        charts += fits.filter((fit) => fit.chart).length;
        for (const fit of fits) problems.push(...fit.problems.map((problem) => `/${path}#${fit.id}: ${problem}`));
      }
      assert.ok(slides > 100, `walked ${slides} slides`);
      assert.ok(charts > 60, `checked the chart on ${charts} slides`);
      const found = [...problems, ...errors];
      assert.equal(found.length, 0, `slides at ${viewport.width}×${viewport.height}:\n${found.join("\n")}`);
      await page.context().close();
    });
});
