/**
 * The story in WebKit (Safari's engine): Debian's WebKitGTK MiniBrowser, driven by
 * selenium-webdriver through WebKitWebDriver, on a virtual screen (xvfb-run). WEBKIT_DRIVER and
 * WEBKIT_BROWSER override the paths; nothing is downloaded.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { Builder, Capabilities, Key, type WebDriver } from "selenium-webdriver";
import type { EngineDriver } from "./engineDriver.ts";
import { describeStorySmoke } from "./storySmoke.ts";

const driverPath = process.env.WEBKIT_DRIVER ?? "/usr/bin/WebKitWebDriver";
const browserPath =
  process.env.WEBKIT_BROWSER ??
  [
    "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
    "/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
  ].find(existsSync) ??
  "MiniBrowser";

/** A free port on the loopback interface, for WebKitWebDriver to listen on. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("no free port");
  return address.port;
}

async function startWebKit(): Promise<EngineDriver> {
  const port = await freePort();
  // xvfb-run gives the browser a screen of its own; its process group is ended with the run.
  const service = spawn("xvfb-run", ["-a", "-s", "-screen 0 1920x1080x24", driverPath, `--port=${port}`], {
    detached: true,
    stdio: "ignore",
  });
  const stopService = () => {
    if (service.pid) process.kill(-service.pid, "SIGTERM");
  };
  let driver: WebDriver;
  try {
    const capabilities = new Capabilities({
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: browserPath, args: ["--automation"] },
    });
    driver = await connect(`http://127.0.0.1:${port}`, capabilities);
  } catch (error) {
    stopService();
    throw error;
  }
  return {
    async open(url, viewport) {
      await driver.get("about:blank");
      await setInnerSize(driver, viewport);
      await driver.get(url);
    },
    run: <T>(body: string) => driver.executeScript<T>(body),
    press: async () => {
      await driver.actions().sendKeys(Key.ARROW_RIGHT).perform();
    },
    async close() {
      await driver.quit().catch(() => undefined);
      stopService();
    },
  };
}

/** Connects once the driver listens (it takes a moment to start under xvfb-run). */
async function connect(server: string, capabilities: Capabilities): Promise<WebDriver> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await new Builder().usingServer(server).withCapabilities(capabilities).build();
    } catch (error) {
      if (attempt === 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Sizes the window so that the page, not the window with its chrome, is `viewport`. */
async function setInnerSize(driver: WebDriver, viewport: { width: number; height: number }): Promise<void> {
  await driver.manage().window().setRect(viewport);
  const inner = await driver.executeScript<{ width: number; height: number }>(
    "return { width: innerWidth, height: innerHeight }",
  );
  await driver
    .manage()
    .window()
    .setRect({
      width: 2 * viewport.width - inner.width,
      height: 2 * viewport.height - inner.height,
    });
}

describeStorySmoke("WebKit", startWebKit);
