/**
 * The charts as readers see them, measured in the browser at every step of every chapter, in English
 * and 繁體中文 (the longest and the densest text): no chart text overlaps other chart text or runs out
 * of its figure at 320, 390 and 1280 px; with text at 200% no chart draws an empty or negative size;
 * each timeline connector starts at its own dot; on a projector, chart text scales with the slide; and
 * on a slide shown on a phone held upright, chart text still neither overlaps nor runs out of its figure.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { scrollToStep, stepIds, useSite, waitForActiveStep } from "./harness.ts";
import { assertNone, distPages } from "./quality/distPages.ts";

const site = useSite();
const chapters = distPages()
  .filter((page) => page.chapter && /^(en|zh-hant)\//.test(page.path))
  .map((page) => page.path);
const widths = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

/**
 * Shows a step as a reader gets there, scrolling (or by its link, where the page's layout would keep
 * scrolling from reaching it), and waits until its chart has drawn that step.
 */
async function showStep(page: Page, id: string, by: "scroll" | "link" = "scroll"): Promise<void> {
  if (by === "scroll") await scrollToStep(page, id);
  else await page.evaluate((stepId) => (location.hash = stepId), id);
  await waitForActiveStep(page, id);
  await page.waitForFunction(
    (stepId) => document.getElementById(stepId)?.closest("scrolly-section")?.hasAttribute("data-drawn"),
    id,
  );
}

/** The visible text marks of the chart showing a step, with their boxes, and the figure's box. */
function chartTexts(page: Page, id: string) {
  return page.evaluate((stepId) => {
    const svg = document.getElementById(stepId)?.closest("scrolly-section")?.querySelector(".figure-canvas svg");
    if (!svg) throw new Error(`no chart for #${stepId}`);
    const shown = (element: Element | null): boolean => {
      for (let node = element; node && node !== svg.parentElement; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === "none" || style.visibility === "hidden" || Number(style.opacity) === 0) return false;
      }
      return true;
    };
    const box = (rect: DOMRect) => ({ left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom });
    const texts = [...svg.querySelectorAll("text")]
      .filter((text) => shown(text) && text.textContent?.trim())
      .map((text) => ({
        text: text.textContent ?? "",
        mark: `${text.getAttribute("class")}`,
        lines: [...(text.querySelectorAll("tspan").length ? text.querySelectorAll("tspan") : [text])].map((line) =>
          box(line.getBoundingClientRect()),
        ),
      }));
    return { figure: box(svg.getBoundingClientRect()), texts };
  }, id);
}

type Box = { left: number; right: number; top: number; bottom: number };
const overlap = (a: Box, b: Box, slack = 0.5) =>
  a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;
const outside = (a: Box, frame: Box, slack = 1) =>
  a.left < frame.left - slack ||
  a.right > frame.right + slack ||
  a.top < frame.top - slack ||
  a.bottom > frame.bottom + slack;

/** Chart text that overlaps other chart text or runs outside its figure, one line each. */
function textClashes(where: string, { figure, texts }: Awaited<ReturnType<typeof chartTexts>>): string[] {
  return texts.flatMap((text, i) => [
    ...text.lines
      .filter((line) => outside(line, figure))
      .map(() => `${where}: "${text.text}" (${text.mark}) runs outside the figure`),
    ...texts
      .slice(i + 1)
      .filter((other) => text.lines.some((line) => other.lines.some((otherLine) => overlap(line, otherLine))))
      .map((other) => `${where}: "${text.text}" (${text.mark}) overlaps "${other.text}" (${other.mark})`),
  ]);
}

describe("chart text", () => {
  for (const viewport of widths)
    it(`never overlaps other chart text or runs outside its figure, at every step (${viewport.width} px)`, async () => {
      const { page, errors } = await site.page({ viewport, reducedMotion: "reduce" });
      const problems: string[] = [];
      for (const path of chapters) {
        await page.goto(site.url(path));
        for (const id of await stepIds(page)) {
          await showStep(page, id);
          problems.push(...textClashes(`/${path}#${id}`, await chartTexts(page, id)));
        }
      }
      assertNone(problems, `chart text at ${viewport.width} px`);
      assert.deepEqual(errors, []);
      await page.context().close();
    });
});

describe("charts with text at 200%", () => {
  for (const viewport of widths.slice(0, 2))
    it(`lay themselves out in the room they have: no error, no empty or negative mark, no text over text or outside (${viewport.width} px)`, async () => {
      const { page, errors } = await site.page({ viewport, reducedMotion: "reduce" });
      const problems: string[] = [];
      for (const path of chapters) {
        await page.goto(site.url(path));
        // The browser's text size setting, as the accessibility test sets it: the root font size doubles.
        await page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%"));
        for (const id of await stepIds(page)) {
          // By link: the test is of the charts; whether scrolling reaches each step at 200% is the layout's.
          await showStep(page, id, "link");
          const empty = await page.evaluate((stepId) => {
            const svg = document
              .getElementById(stepId)
              ?.closest("scrolly-section")
              ?.querySelector(".figure-canvas svg");
            const visible = (element: Element) => {
              for (let node: Element | null = element; node && node !== svg; node = node.parentElement) {
                const style = getComputedStyle(node);
                if (style.display === "none" || Number(style.opacity) === 0) return false;
              }
              return true;
            };
            return [...(svg?.querySelectorAll("rect, circle, text, path.region, path.ribbon") ?? [])]
              .filter(visible)
              .filter((mark) => {
                const box = mark.getBoundingClientRect();
                return !(box.width > 0 && box.height > 0);
              })
              .map(
                (mark) =>
                  `<${mark.localName} class="${mark.getAttribute("class")}" data-key="${mark.getAttribute("data-key")}">`,
              );
          }, id);
          problems.push(...empty.map((mark) => `/${path}#${id}: empty ${mark}`));
          problems.push(...textClashes(`/${path}#${id} (200% text)`, await chartTexts(page, id)));
        }
      }
      assertNone([...problems, ...errors], `charts at 200% text, ${viewport.width} px`);
      await page.context().close();
    });
});

describe("the timeline", () => {
  for (const viewport of widths)
    it(`starts each event's connector at its own dot (${viewport.width} px)`, async () => {
      const { page } = await site.page({ viewport, reducedMotion: "reduce" });
      const problems: string[] = [];
      // The editions whose chapters have a timeline step with a focused event, each of which is measured.
      const editions = new Set<string>();
      for (const path of chapters) {
        await page.goto(site.url(path));
        const ids = await page
          .locator('scrolly-section[data-module="timeline"] [data-step]')
          .evaluateAll((steps) =>
            steps.filter((step) => JSON.parse(step.getAttribute("data-state") ?? "{}").focus).map((step) => step.id),
          );
        if (ids.length) editions.add(path.split("/")[0] ?? "");
        for (const id of ids) {
          await showStep(page, id);
          const found = await page.evaluate((stepId) => {
            const svg = document
              .getElementById(stepId)
              ?.closest("scrolly-section")
              ?.querySelector(".figure-canvas svg");
            const leader = svg?.querySelector("path.leader:not(.is-leaving)")?.getBoundingClientRect();
            const dot = svg?.querySelector("circle.event.is-focus")?.getBoundingClientRect();
            if (!leader || !dot) return null;
            return { dx: leader.left + leader.width / 2 - (dot.left + dot.width / 2), gap: dot.top - leader.bottom };
          }, id);
          if (!found) problems.push(`/${path}#${id}: no connector or focused dot`);
          else if (Math.abs(found.dx) > 1 || found.gap < 0 || found.gap > 6)
            problems.push(
              `/${path}#${id}: connector ${found.dx.toFixed(1)} px beside its dot, ${found.gap.toFixed(1)} px above it`,
            );
        }
      }
      // The story has one timeline chapter (town-to-city): it is measured in both editions tested.
      assert.deepEqual([...editions].sort(), ["en", "zh-hant"], "timeline steps measured in each edition");
      assertNone(problems, `timeline connectors at ${viewport.width} px`);
      await page.context().close();
    });
});

/** Opens a chapter as slides at a step, freshly loaded: a change of hash alone does not move the slides. */
async function openSlide(page: Page, path: string, id: string): Promise<void> {
  await page.goto("about:blank");
  await page.goto(`${site.url(path)}?present#${id}`);
  await page.waitForFunction((stepId) => {
    const step = document.getElementById(stepId);
    return step?.classList.contains("is-current-step") && step.closest("scrolly-section")?.hasAttribute("data-drawn");
  }, id);
}

describe("charts on a projector (?present)", () => {
  const screens = [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ];
  for (const viewport of screens)
    it(`scale their text with the slide: the smallest label ≥ 1/40 of the slide's height and ≥ the source line (${viewport.width}×${viewport.height})`, async () => {
      const { page, errors } = await site.page({ viewport, reducedMotion: "reduce" });
      const problems: string[] = [];
      const least = viewport.height / 40;
      for (const path of chapters) {
        await page.goto(site.url(path));
        for (const id of await stepIds(page)) {
          await openSlide(page, path, id);
          const sizes = await page.evaluate((stepId) => {
            const figure = document.getElementById(stepId)?.closest("scrolly-section")?.querySelector("[data-figure]");
            const texts = [...(figure?.querySelectorAll(".figure-canvas svg text") ?? [])].filter(
              (text) => Number(getComputedStyle(text).opacity) > 0 && text.getBoundingClientRect().width > 0,
            );
            const source = figure?.querySelector(".figure-source");
            // Label sizes are in the chart's own units; a chart short of room is drawn larger and scaled down.
            const svg = figure?.querySelector(".figure-canvas svg");
            const scale = svg ? svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width : 1;
            return {
              smallest: Math.min(...texts.map((text) => parseFloat(getComputedStyle(text).fontSize) * scale)),
              source: source ? parseFloat(getComputedStyle(source).fontSize) : 0,
            };
          }, id);
          if (!Number.isFinite(sizes.smallest)) problems.push(`/${path}#${id}: no chart text measured`);
          else if (sizes.smallest < least - 0.05 || sizes.smallest < sizes.source - 0.05)
            problems.push(
              `/${path}#${id}: smallest chart label ${sizes.smallest} px (slide needs ${least}, source line ${sizes.source})`,
            );
        }
      }
      assertNone([...problems, ...errors], `chart text on a ${viewport.width}×${viewport.height} slide`);
      await page.context().close();
    });
});

describe("charts on a phone slide (?present, 390×844)", () => {
  it("keep their text apart and inside the figure, at every step", async () => {
    const { page, errors } = await site.page({ viewport: { width: 390, height: 844 }, reducedMotion: "reduce" });
    const problems: string[] = [];
    for (const path of chapters) {
      await page.goto(site.url(path));
      for (const id of await stepIds(page)) {
        await openSlide(page, path, id);
        problems.push(...textClashes(`/${path}?present#${id}`, await chartTexts(page, id)));
      }
    }
    assertNone([...problems, ...errors], "chart text on a phone slide");
    await page.context().close();
  });
});
