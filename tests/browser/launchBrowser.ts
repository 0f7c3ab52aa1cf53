import { chromium, type Browser } from "playwright-core";

/**
 * Debian's chromium, never a downloaded browser. CHROMIUM_PATH overrides the path.
 * The flags keep a headless run on a closed network quiet and deterministic.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
