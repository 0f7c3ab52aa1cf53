/**
 * The charts as readers see them, measured in the browser at every step of every chapter, in English
 * and 繁體中文 (the longest and the densest text): no chart text overlaps other chart text or runs out
 * of its figure at 320, 390 and 1280 px; with text at 200% no chart draws an empty or negative size;
 * and each timeline connector starts at its own dot. Charts on slides are measured in the one walk
 * through every slide (slides.test.ts).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { chartTexts, textClashes } from "./chartText.ts";
import { scrollToStep, stepIds, useSite, waitForActiveStep, waitForDrawn } from "./harness.ts";
import { assertNone, distPages } from "../dist/distPages.ts";

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
  await waitForDrawn(page, id);
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
