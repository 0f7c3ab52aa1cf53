import { after, before } from "node:test";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { launchBrowser } from "./launchBrowser.ts";
import { serveDist, type DistServer } from "./serveDist.ts";

export const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

export const chapterPaths = [
  "zh-hant/fishing-village/",
  "zh-hant/farmers-city/",
  "zh-hant/town-to-city/",
  "zh-hant/lean-government/",
  "zh-hant/smart-governance/",
  "zh-hant/five-years-on/",
  "zh-hant/next-chapter/",
];

/**
 * Whether tests leave screenshots to look at (test-results/): yes when a person runs them; not in CI,
 * where nobody opens them and encoding hundreds of PNGs took a good part of the browser suite's time.
 */
export const keepScreenshots = !process.env["CI"];

/** One server and one browser per test file, started before its tests and closed after. */
export function useSite() {
  const site = {} as { server: DistServer; browser: Browser };
  before(async () => {
    site.server = await serveDist();
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return {
    url: (path = "") => site.server.url + path,
    /**
     * A fresh page that records console errors and uncaught exceptions. The service worker is
     * blocked unless a test allows it (offline.test.ts): from a cache, responses would bypass
     * page.route() and the build under test.
     */
    async page(options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
      const context = await site.browser.newContext({
        viewport: viewports.desktop,
        serviceWorkers: "block",
        ...options,
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      return { page, errors };
    },
  };
}

/** Scrolls so that a step's top sits just above the trigger line, as a reader's scrolling would. */
export async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.evaluate((stepId) => {
    const step = document.getElementById(stepId);
    if (!step) throw new Error(`no step ${stepId}`);
    const narrow = matchMedia("(max-width: 52rem)").matches;
    const line = innerHeight * (narrow ? 0.6 : 0.4);
    scrollTo({ top: scrollY + step.getBoundingClientRect().top - line, behavior: "instant" });
  }, id);
}

/** Waits until the figure of the section holding `stepId` shows that step. */
export async function waitForActiveStep(page: Page, stepId: string, timeout = 5000): Promise<void> {
  await page.waitForFunction(
    (id) =>
      document
        .getElementById(id)
        ?.closest("scrolly-section")
        ?.querySelector("[data-figure]")
        ?.getAttribute("data-active-step") === id,
    stepId,
    { timeout },
  );
}

/** Waits until the section holding `stepId` has drawn with its chart module (not the server's figure). */
export async function waitForDrawn(page: Page, stepId: string): Promise<void> {
  await page.waitForFunction(
    (id) => document.getElementById(id)?.closest("scrolly-section")?.hasAttribute("data-drawn"),
    stepId,
  );
}

export async function stepIds(page: Page): Promise<string[]> {
  return page.locator("[data-step]").evaluateAll((steps) => steps.map((step) => step.id));
}

/** Waits until the page has loaded and every scrolly section has started its chart (or fallen back). */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  await page.waitForFunction(() =>
    [...document.querySelectorAll("scrolly-section")].every((section) => section.hasAttribute("data-ready")),
  );
}
