import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { waitInPage, type EngineDriver } from "./engineDriver.ts";
import { serveRecordingDist } from "./recordingServer.ts";

/** One chapter is enough to show that the story works in an engine: the others are built alike. */
const chapter = "en/lean-government/";
const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

/** In the page: the errors the recorder kept (recordingServer.ts). */
const errorsInPage = "return window.engineErrors ?? ['no error recorder in the page']";

/** In the page: the figure's drawing now, to tell that it changed. */
const drawingOf = (id: string) =>
  `return document.getElementById(${JSON.stringify(id)})?.closest("scrolly-section")?.querySelector(".figure-canvas")?.innerHTML ?? ""`;

/** In the page: whether the figure of the step's section shows that step. */
const isActive = (id: string) =>
  `return document.getElementById(${JSON.stringify(id)})?.closest("scrolly-section")?.querySelector("[data-figure]")?.getAttribute("data-active-step") === ${JSON.stringify(id)}`;

/** In the page: scrolls as a reader does, the step's top just above the trigger line (as tests/browser/harness.ts). */
const scrollTo = (id: string) => `const step = document.getElementById(${JSON.stringify(id)});
  const line = innerHeight * (matchMedia("(max-width: 52rem)").matches ? 0.6 : 0.4);
  scrollTo({ top: scrollY + step.getBoundingClientRect().top - line, behavior: "instant" });`;

async function assertClean(driver: EngineDriver, where: string): Promise<void> {
  assert.deepEqual(await driver.run<string[]>(errorsInPage), [], `errors in the console ${where}`);
}

/** Scrolls through the chapter step by step: each step becomes active, and its figure changes. */
async function scrollThroughSteps(driver: EngineDriver, url: string, viewport: { width: number; height: number }) {
  await driver.open(url, viewport);
  // MiniBrowser's window has a least width, wider than a phone's: what counts is the phone's layout.
  const width = await driver.run<number>("return innerWidth");
  const phone = viewport.width < 832;
  assert.ok(width === viewport.width || (phone && width < 832), `the page is ${width} px wide`);
  assert.equal(await driver.run<boolean>(`return matchMedia("(max-width: 52rem)").matches`), phone, "the phone layout");
  await waitInPage(driver, `return document.querySelector("scrolly-section[data-ready]") !== null`, "the charts");
  const ids = await driver.run<string[]>(`return [...document.querySelectorAll("[data-step]")].map((step) => step.id)`);
  assert.ok(ids.length >= 5, `${ids.length} steps`);
  let drawing = await driver.run<string>(drawingOf(ids[0] ?? ""));
  for (const [index, id] of ids.entries()) {
    await driver.run(scrollTo(id));
    await waitInPage(driver, isActive(id), `step ${id} to become active`);
    if (index === 0) continue;
    await waitInPage(
      driver,
      `${drawingOf(id).replace("return ", "return (")}) !== ${JSON.stringify(drawing)}`,
      `the figure to change at step ${id}`,
    );
    drawing = await driver.run<string>(drawingOf(id));
  }
  await assertClean(driver, `scrolling at ${viewport.width} px`);
}

/** The smoke run of the story in one engine: `start` launches its browser and driver. */
export function describeStorySmoke(engine: string, start: () => Promise<EngineDriver>): void {
  describe(`the story in ${engine}`, () => {
    let driver: EngineDriver;
    let site: Awaited<ReturnType<typeof serveRecordingDist>>;
    before(async () => {
      site = await serveRecordingDist();
      driver = await start();
    });
    after(async () => {
      await driver?.close();
      await site?.close();
    });

    for (const [name, viewport] of Object.entries(viewports))
      it(`scrolls step by step on a ${name} (${viewport.width} px): each step active, its figure changed`, () =>
        scrollThroughSteps(driver, site.url + chapter, viewport));

    it("opens a deep link at its step", async () => {
      await driver.open(`${site.url}${chapter}#middle-folds`, viewports.desktop);
      await waitInPage(driver, isActive("middle-folds"), "the linked step to be active");
      const top = await driver.run<number>(
        `return document.getElementById("middle-folds").getBoundingClientRect().top`,
      );
      assert.ok(top >= -1 && top < viewports.desktop.height, `the step is on screen (top ${top})`);
      await assertClean(driver, "at a deep link");
    });

    it("shows slides with ?present and moves on with the arrow key", async () => {
      await driver.open(`${site.url}${chapter}?present`, viewports.desktop);
      await waitInPage(driver, `return location.hash === "#slide-title"`, "the title slide");
      const hashes: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        await driver.press("ArrowRight");
        await waitInPage(
          driver,
          `return location.hash !== ${JSON.stringify(hashes.at(-1) ?? "#slide-title")}`,
          "the next slide",
        );
        hashes.push(await driver.run<string>("return location.hash"));
      }
      assert.equal(new Set(hashes).size, 4, `four different slides: ${hashes.join(" ")}`);
      const step = await driver.run<string | null>(`return document.querySelector(".is-current-step")?.id ?? null`);
      assert.ok(step && hashes.includes(`#${step}`), `a step slide was shown (${step})`);
      await waitInPage(driver, isActive(step), "the step slide's figure");
      await assertClean(driver, "in the slides");
    });
  });
}
