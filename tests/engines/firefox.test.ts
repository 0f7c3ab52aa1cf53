/**
 * The story in Firefox (Gecko): Debian's firefox-esr driven by puppeteer-core over WebDriver
 * BiDi. FIREFOX_PATH overrides the browser's path; nothing is downloaded.
 */
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import type { EngineDriver } from "./engineDriver.ts";
import { describeStorySmoke } from "./storySmoke.ts";

async function startFirefox(): Promise<EngineDriver> {
  const browser: Browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr",
    headless: true,
    // A quiet browser on a closed network: no updates, telemetry or first-run pages.
    extraPrefsFirefox: { "app.update.enabled": false, "browser.shell.checkDefaultBrowser": false },
  });
  let page: Page | null = null;
  return {
    async open(url, viewport) {
      await page?.close();
      page = await browser.newPage();
      await page.setViewport(viewport);
      await page.goto(url, { waitUntil: "load" });
    },
    run: async <T>(body: string) => {
      if (!page) throw new Error("no page open");
      return (await page.evaluate(`(() => { ${body} })()`)) as T;
    },
    press: async (key) => {
      await page?.keyboard.press(key);
    },
    close: () => browser.close(),
  };
}

describeStorySmoke("Firefox", startFirefox);
