/**
 * Resilience: a chart that throws (when it starts, or later on a step) leaves its figure's static
 * SVG in place and the rest of the page working; a strange URL hash does no harm.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { scrollToStep, settled, useSite, waitForActiveStep } from "../harness.ts";
import { distPages } from "../../dist/distPages.ts";

const site = useSite();
const chapters = distPages().filter((page) => page.chapter);
/** Every chapter once: the editions share their charts and code, so one edition of each is enough here. */
const distinctChapters = chapters.filter(
  (page, i) => chapters.findIndex((other) => other.path.split("/").at(-2) === page.path.split("/").at(-2)) === i,
);

/**
 * Serves every chart module (`<name>/chart.ts`, whose one export is `chart`) with its chart's `draw`
 * wrapped so that it throws for the page's first scrolly section: on its first draw ("start") or on any
 * draw after that ("later"). Returns the chunks it rewrote, so a test fails if the sabotage never took effect.
 */
async function breakFirstChart(page: Page, when: "start" | "later"): Promise<string[]> {
  const rewritten: string[] = [];
  await page.addInitScript((mode) => {
    let draws = 0;
    (window as unknown as { breakDraw: (svg: Element) => boolean }).breakDraw = (svg) => {
      if (svg.closest("scrolly-section") !== document.querySelector("scrolly-section")) return false;
      draws += 1;
      return mode === "start" || draws > 1;
    };
  }, when);
  await page.route("**/_astro/*.js", async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    const exported = /export\s*\{([^}]*)\};?\s*$/.exec(body);
    if (!exported || !/\bas chart\b|\{\s*chart\s*[,}]/.test(`{${exported[1] ?? ""}}`))
      return route.fulfill({ response, body });
    const specifiers = (exported[1] ?? "")
      .split(",")
      .map((specifier) => specifier.trim().split(/\s+as\s+/))
      .filter(([local]) => local);
    const wrap =
      "const wrapChart=(c)=>c&&typeof c.draw==='function'?{...c,draw(svg,...rest){" +
      "if(window.breakDraw?.(svg))throw new Error('sabotaged draw');return c.draw(svg,...rest)}}:c;";
    const wrapped = specifiers.map(([local], i) => `const wrapped${i}=wrapChart(${local});`).join("");
    const names = specifiers.map(([local, name], i) => `wrapped${i} as ${name ?? local}`).join(",");
    rewritten.push(route.request().url());
    return route.fulfill({
      response,
      body: `${body.slice(0, exported.index)}${wrap}${wrapped}export{${names}};`,
    });
  });
  return rewritten;
}

/** Per section: failed or not, and whether its sticky figure still shows the SVG the server sent. */
const sectionStates = (page: Page) =>
  page.evaluate(async () => {
    const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), "text/html");
    const originals = [...served.querySelectorAll("scrolly-section .figure-canvas")].map((canvas) => canvas.innerHTML);
    return [...document.querySelectorAll<HTMLElement>("scrolly-section")].map((section, i) => ({
      chart: section.dataset["chart"],
      failed: section.hasAttribute("data-failed"),
      staticSvg: section.querySelector(".figure-canvas")?.innerHTML === originals[i],
      steps: [...section.querySelectorAll("[data-step]")].map((step) => step.id),
    }));
  });

describe("a chart that throws", () => {
  for (const { path } of distinctChapters) {
    it(`on start keeps its static figure, and the rest of the page works (${path})`, async () => {
      const { page, errors } = await site.page({ reducedMotion: "reduce" });
      const rewritten = await breakFirstChart(page, "start");
      await page.goto(site.url(path));
      await settled(page);
      // Charts load as their section comes near: the first section's comes at once, and fails.
      await page.waitForSelector("scrolly-section[data-drawn]", { state: "attached" });
      assert.ok(rewritten.length > 0, "the chart modules were served sabotaged");
      const [victim, ...others] = await sectionStates(page);
      assert.ok(victim, "the chapter has a scrolly section");
      assert.ok(victim.failed, `section "${victim.chart}" is marked data-failed`);
      assert.ok(victim.staticSvg, `section "${victim.chart}" still shows the server's static SVG`);
      for (const id of victim.steps) await scrollToStep(page, id);
      for (const other of others) {
        assert.ok(!other.failed, `section "${other.chart}" starts`);
        const id = other.steps[1] ?? other.steps[0] ?? "";
        await scrollToStep(page, id);
        await waitForActiveStep(page, id);
      }
      // The rest of the page: the data table opens and the chapter navigation is there.
      await page.locator("details.figure-data summary").first().click();
      assert.ok(
        await page
          .locator("details.figure-data")
          .first()
          .evaluate((details) => details.hasAttribute("open")),
      );
      assert.ok(await page.locator(".chapter-nav a").first().isVisible());
      assert.ok((await sectionStates(page))[0]?.staticSvg, "the static SVG survives scrolling through the steps");
      assert.deepEqual(errors, []);
      await page.context().close();
    });

    it(`on a later step falls back to its static figure without an uncaught error (${path})`, async () => {
      const { page, errors } = await site.page({ reducedMotion: "reduce" });
      const rewritten = await breakFirstChart(page, "later");
      await page.goto(site.url(path));
      await settled(page);
      await page.waitForSelector("scrolly-section[data-drawn]", { state: "attached" });
      assert.ok(rewritten.length > 0, "the chart modules were served sabotaged");
      const [before] = await sectionStates(page);
      assert.ok(before && !before.failed, "the chart starts");
      for (const id of before.steps.slice(1)) await scrollToStep(page, id);
      await page.waitForSelector("scrolly-section[data-failed]", { state: "attached", timeout: 3000 });
      const [victim, ...others] = await sectionStates(page);
      assert.ok(victim?.staticSvg, "the figure is back to the server's static SVG");
      for (const other of others) {
        const id = other.steps.at(-1) ?? "";
        await scrollToStep(page, id);
        await waitForActiveStep(page, id);
      }
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }
});

describe("strange URL hashes", () => {
  it("an unknown, malformed or huge hash, on load or later, leaves the chapter working", async () => {
    const { page, errors } = await site.page({ reducedMotion: "reduce" });
    const path = chapters[0]?.path ?? "";
    const hashes = ["#nope", "#%E0%A4%A", "#%", `#${"x".repeat(100_000)}`, "#<script>alert(1)</script>", "#..%2F..%2F"];
    for (const hash of hashes) {
      await page.goto("about:blank");
      await page.goto(site.url(path) + hash);
      await settled(page);
      const failed = await page.locator("scrolly-section[data-failed]").count();
      assert.equal(failed, 0, `no chart fails with ${hash.slice(0, 40)}`);
      // Later in the visit: the reader (or a script) sets the same hash; then reads on by scrolling.
      await page.evaluate((value) => (location.hash = value), hashes[(hashes.indexOf(hash) + 1) % hashes.length] ?? "");
      const steps = await page.locator("[data-step]").evaluateAll((elements) => elements.map((step) => step.id));
      const id = steps[1] ?? "";
      await scrollToStep(page, id);
      await waitForActiveStep(page, id);
    }
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
