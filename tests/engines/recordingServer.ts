import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

/** The recorder's path: a file the pages load first, as allowed as any script of the site. */
const recorderPath = "/__engine-recorder.js";

/** Keeps the page's errors (uncaught, rejected, console.error) in `window.engineErrors` for the test to read. */
const recorder = `window.engineErrors = [];
addEventListener("error", (event) => engineErrors.push("error: " + (event.message || (event.target && (event.target.src || event.target.href)))), true);
addEventListener("unhandledrejection", (event) => engineErrors.push("unhandled rejection: " + event.reason));
const consoleError = console.error.bind(console);
console.error = (...args) => { engineErrors.push("console.error: " + args.join(" ")); consoleError(...args); };
`;

/**
 * Serves dist/ at the root, as serveDist does, with one difference: every page loads the error
 * recorder first, so that a driver without console access (WebKitWebDriver) sees the errors too.
 */
export async function serveRecordingDist(dir = "dist"): Promise<{ url: string; close(): Promise<void> }> {
  const assets = sirv(dir, { dev: false, extensions: ["html"] });
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (path === recorderPath) {
      response.setHeader("content-type", "text/javascript");
      response.end(recorder);
      return;
    }
    // Pages, however asked for (the service worker caches them as …/index.html).
    const page = path.endsWith("/") ? `${path}index.html` : path.endsWith(".html") ? path : null;
    if (!page)
      return assets(request, response, () => {
        response.writeHead(404).end();
      });
    readFile(`${dir}${page}`, "utf8").then(
      (html) => {
        response.setHeader("content-type", "text/html; charset=utf-8");
        response.end(html.replace("<head>", `<head><script src="${recorderPath}"></script>`));
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
