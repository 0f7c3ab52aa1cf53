/**
 * Accessibility (WCAG 2.2 AA) on every built page: axe-core at phone and desktop widths, a
 * keyboard-only walk, the skip link, heading order, text alternatives and data tables, and
 * reflow at 320 px and at 200% text. Screenshots of the reflow checks go to test-results/quality/.
 */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { keepScreenshots, settled, useSite, viewports } from "../harness.ts";
import { assertNone, distPages, layoutPages } from "../../dist/distPages.ts";

const site = useSite();
const pages = distPages();
const walked = layoutPages(pages);
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const shots = "test-results/quality";
rmSync(shots, { recursive: true, force: true });
mkdirSync(shots, { recursive: true });

/** Screenshots to look at: the top of the page and, on a chapter, a step mid-section and the open data table. */
async function screenshots(page: Page, prefix: string, path: string, topOnly = false): Promise<void> {
  if (!keepScreenshots) return;
  const name = `${shots}/${prefix}-${path.replace(/\//g, "_") || "root"}`;
  await page.screenshot({ path: `${name}.png` });
  if (topOnly) return;
  for (const [part, selector] of [
    ["step", "[data-step] >> nth=1"],
    ["table", "details.figure-data table"],
  ] as const) {
    const target = page.locator(selector).first();
    if ((await target.count()) === 0) continue;
    await target.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${name}-${part}.png` });
  }
}

/** Opens every `<details>` (the data tables), so their content is checked too. */
const openDetails = (page: Page) =>
  page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));

describe("axe-core finds no WCAG 2.2 A/AA or best-practice violations", () => {
  for (const [name, viewport] of Object.entries(viewports)) {
    it(`on every page, whose console stays free of errors (${name})`, async () => {
      const { page, errors } = await site.page({ viewport, reducedMotion: "reduce" });
      // An init script is injected by the browser, not the page, so the page's CSP does not block it.
      await page.addInitScript({ content: axeSource });
      const found: string[] = [];
      for (const { path } of pages) {
        await page.goto(site.url(path));
        await settled(page);
        await openDetails(page);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
          const result = await axe.run(document, {
            runOnly: {
              type: "tag",
              values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"],
            },
            resultTypes: ["violations"],
          });
          return result.violations.map(
            (violation) =>
              `${violation.id} (${violation.impact}): ${violation.help} → ${violation.nodes
                .slice(0, 4)
                .map((node) => `${node.target.join(" ")} ${node.failureSummary?.split("\n")[1]?.trim() ?? ""}`)
                .join(" | ")}`,
          );
        });
        found.push(...violations.map((violation) => `/${path}: ${violation}`));
      }
      assertNone(found, "axe violations");
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }
});

interface FocusStop {
  index: number;
  label: string;
  indicator: boolean;
  contrast: number;
  obscured: boolean;
}

describe("keyboard only", () => {
  for (const [name, viewport] of Object.entries(viewports)) {
    it(`Tab reaches every control, each with a visible, unobscured focus indicator (${name})`, async () => {
      const { page, errors } = await site.page({ viewport, reducedMotion: "reduce" });
      const problems: string[] = [];
      for (const { path } of walked) {
        await page.goto(site.url(path));
        await settled(page);
        const controls = await page.evaluate(() => {
          const selector =
            "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), " +
            "textarea:not([disabled]), summary, iframe, audio[controls], video[controls], [contenteditable], " +
            "[tabindex]:not([tabindex='-1'])";
          const all = [...document.querySelectorAll<HTMLElement>(selector)].filter(
            (element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest("[inert]"),
          );
          (window as unknown as { controls: HTMLElement[] }).controls = all;
          return all.map((element) => element.outerHTML.slice(0, 80));
        });
        assert.ok(controls.length > 0, `/${path} has controls`);
        const stops: FocusStop[] = [];
        for (let press = 0; press < controls.length + 5; press += 1) {
          await page.keyboard.press("Tab");
          const stop = await page.evaluate(() => {
            const element = document.activeElement as HTMLElement | null;
            if (!element || element === document.body) return null;
            const style = getComputedStyle(element);
            const indicator =
              element.matches(":focus-visible") &&
              ((style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none");
            // The indicator's contrast with what it is drawn on (WCAG 1.4.11): the nearest ancestor background.
            const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
            const luminance = (color: string) => {
              const [r = 0, g = 0, b = 0] = channels(color).map((value) => {
                const c = value / 255;
                return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
              });
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            let background = "rgb(255, 255, 255)";
            for (let node = element.parentElement; node; node = node.parentElement) {
              const color = getComputedStyle(node).backgroundColor;
              if ((channels(color)[3] ?? 1) > 0) {
                background = color;
                break;
              }
            }
            const ring = style.outlineStyle !== "none" ? style.outlineColor : style.boxShadow;
            const [light, dark] = [luminance(ring), luminance(background)].sort((a, b) => b - a);
            const contrast = ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
            // Focus not obscured (WCAG 2.4.11): the element itself is on top at the middle of its first box.
            const box = element.getClientRects()[0] ?? element.getBoundingClientRect();
            const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
            const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
            const hit = document.elementFromPoint(x, y);
            let obscured = !hit || !(element.contains(hit) || hit.contains(element));
            // Something transparent on top (opacity 0, hidden) does not hide the focus from sight.
            for (let node = hit; obscured && node && !node.contains(element); node = node.parentElement) {
              const cover = getComputedStyle(node);
              if (cover.opacity === "0" || cover.visibility === "hidden") obscured = false;
            }
            const controls = (window as unknown as { controls: HTMLElement[] }).controls;
            return {
              index: controls.indexOf(element),
              label: element.outerHTML.slice(0, 80),
              indicator,
              contrast: Math.round(contrast * 100) / 100,
              obscured,
            };
          });
          if (!stop) break;
          stops.push(stop);
        }
        const reached = new Set(stops.map((stop) => stop.index));
        controls.forEach((control, index) => {
          if (!reached.has(index)) problems.push(`/${path}: Tab never reaches ${control}`);
        });
        for (const stop of stops) {
          if (stop.index === -1) problems.push(`/${path}: Tab stops on a non-control ${stop.label}`);
          if (!stop.indicator) problems.push(`/${path}: no visible focus indicator on ${stop.label}`);
          if (stop.contrast < 3) problems.push(`/${path}: focus indicator contrast ${stop.contrast} on ${stop.label}`);
          if (stop.obscured) problems.push(`/${path}: focused control hidden under other content: ${stop.label}`);
        }
      }
      assertNone(problems, "keyboard");
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }

  it("the skip link is the first stop, shows when focused and moves focus past the header", async () => {
    const { page } = await site.page({ viewport: viewports.phone });
    for (const { path } of walked) {
      await page.goto(site.url(path));
      await page.keyboard.press("Tab");
      const skip = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const box = element.getBoundingClientRect();
        return {
          href: element.getAttribute("href"),
          visible: box.top >= 0 && box.bottom <= innerHeight && box.width > 0 && element.checkVisibility(),
        };
      });
      assert.equal(skip.href, "#content", `/${path}: the first Tab stop is the skip link`);
      assert.ok(skip.visible, `/${path}: the skip link is on screen when focused`);
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => location.hash === "#content");
      const target = await page.evaluate(() => document.activeElement?.id);
      assert.equal(target, "content", `/${path}: focus moves to the main content`);
      await page.keyboard.press("Tab");
      const next = await page.evaluate(() => ({
        inMain: !!document.activeElement?.closest("main"),
        label: document.activeElement?.outerHTML.slice(0, 80),
      }));
      assert.ok(next.inMain, `/${path}: the next Tab stop is inside main, not ${next.label}`);
    }
    await page.context().close();
  });
});

describe("page structure", () => {
  it("headings go down one level at a time; every step has its text alternative and every section its table", async () => {
    const { page } = await site.page();
    const problems: string[] = [];
    for (const { path, chapter } of pages) {
      await page.goto(site.url(path));
      const found = await page.evaluate(() => {
        const issues: string[] = [];
        const levels = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((heading) =>
          Number(heading.tagName[1]),
        );
        if (levels[0] !== 1) issues.push(`the first heading is h${levels[0]}, not h1`);
        if (levels.filter((level) => level === 1).length !== 1) issues.push("not exactly one h1");
        levels.forEach((level, i) => {
          const previous = levels[i - 1];
          if (previous !== undefined && level > previous + 1) issues.push(`h${previous} is followed by h${level}`);
        });
        const steps = [...document.querySelectorAll<HTMLElement>("[data-step]")];
        for (const step of steps) {
          // The step's text alternative: hidden text that is not the label of a control in the step.
          const alternative = [...step.querySelectorAll(".visually-hidden")]
            .filter((element) => !element.closest("a, button"))
            .map((element) => element.textContent?.trim() ?? "")
            .join("");
          if (alternative.length < 4) issues.push(`step #${step.id} has no text alternative for its figure`);
        }
        const sections = [...document.querySelectorAll("scrolly-section")];
        for (const section of sections) {
          const table = section.querySelector("details table");
          const rows = table?.querySelectorAll("tbody tr").length ?? 0;
          if (!table?.querySelector("caption") || rows === 0 || !table.querySelector("th[scope=col]")) {
            issues.push(`section "${section.getAttribute("data-chart")}" has no data table with caption and headers`);
          }
          if (!section.querySelector("[data-step]")) issues.push(`section "${section.getAttribute("data-chart")}"`);
        }
        return { issues, steps: steps.length, sections: sections.length };
      });
      if (chapter && (found.steps === 0 || found.sections === 0)) problems.push(`/${path}: a chapter without steps`);
      problems.push(...found.issues.map((issue) => `/${path}: ${issue}`));
    }
    assertNone(problems, "page structure");
    await page.context().close();
  });
});

describe("reflow", () => {
  const overflow = (page: Page) =>
    page.evaluate(() => {
      const scroller = document.scrollingElement ?? document.documentElement;
      const wide = [...document.querySelectorAll<HTMLElement>("main *, header *")]
        .filter((element) => element.getBoundingClientRect().right > innerWidth + 1)
        .slice(0, 3)
        .map((element) => element.outerHTML.slice(0, 80));
      return { scrollWidth: scroller.scrollWidth, innerWidth, wide };
    });

  it("nothing overflows sideways at 320 px", async () => {
    const { page, errors } = await site.page({ viewport: { width: 320, height: 640 }, reducedMotion: "reduce" });
    const problems: string[] = [];
    for (const { path } of walked) {
      await page.goto(site.url(path));
      await settled(page);
      await openDetails(page);
      const found = await overflow(page);
      if (found.scrollWidth > found.innerWidth) problems.push(`/${path}: ${JSON.stringify(found)}`);
      await screenshots(page, "320px", path);
    }
    assertNone(problems, "horizontal overflow at 320 px");
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  // WCAG 1.4.4 (text resized to 200%) on a desktop, on a small tablet, where 200% text leaves the
  // room of a 320 px screen (the reflow width of WCAG 1.4.10), and on phones: a reader with large
  // text on a 390 or 320 px screen must not scroll sideways either (headings, source dates, links).
  const zoomed = {
    desktop: viewports.desktop,
    tablet: { width: 640, height: 800 },
    phone: viewports.phone,
    "small phone": { width: 320, height: 640 },
  };
  for (const [name, viewport] of Object.entries(zoomed)) {
    it(`nothing overflows sideways with text at 200% (${name})`, async () => {
      const { page, errors } = await site.page({ viewport, reducedMotion: "reduce" });
      const problems: string[] = [];
      for (const { path } of walked) {
        await page.goto(site.url(path));
        await settled(page);
        // The browser's text size setting: the root font size doubles, and everything is sized in rem/em.
        await page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%"));
        await openDetails(page);
        await page.waitForTimeout(100);
        const found = await overflow(page);
        if (found.scrollWidth > found.innerWidth) problems.push(`/${path}: ${JSON.stringify(found)}`);
        await screenshots(page, `text200-${name.replace(" ", "-")}`, path, name === "tablet");
      }
      assertNone(problems, "horizontal overflow at 200% text");
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }
});
