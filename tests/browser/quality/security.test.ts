/**
 * Security in the browser: dist/ served with the host headers of public/_headers, every page scrolled
 * through with no CSP violation, and the policy enforced. What the built files alone show (every page's
 * meta policy, the strictness of the headers) is in tests/dist/security.test.ts.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { scrollToStep, settled, stepIds, viewports } from "../harness.ts";
import { launchBrowser } from "../launchBrowser.ts";
import { serveDist, type DistServer } from "../serveDist.ts";
import { assertNone, distPages } from "../../dist/distPages.ts";
import { headersFor, pageHeaders } from "../../dist/hostHeaders.ts";

const pages = distPages();

describe("host headers (public/_headers)", () => {
  describe("in the browser", () => {
    let server: DistServer;
    let browser: Browser;
    before(async () => {
      server = await serveDist(undefined, "dist", headersFor);
      browser = await launchBrowser();
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    // One width is enough: the same code runs at both; the charts draw every state at each step.
    for (const [name, viewport] of Object.entries({ desktop: viewports.desktop })) {
      it(`every page works under them with no CSP violation, scrolled through (${name})`, async () => {
        const context = await browser.newContext({ viewport });
        await context.addInitScript(() => {
          const seen: string[] = [];
          (window as unknown as { violations: string[] }).violations = seen;
          document.addEventListener("securitypolicyviolation", (event) =>
            seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile})`),
          );
        });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("console", (message) => {
          if (message.type() === "error") errors.push(message.text());
        });
        page.on("pageerror", (error) => errors.push(error.message));
        const problems: string[] = [];
        for (const { path } of pages) {
          const response = await page.goto(server.url + path);
          const headers = response?.headers() ?? {};
          for (const header of ["Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options"]) {
            if (headers[header.toLowerCase()] !== pageHeaders[header]) problems.push(`/${path}: ${header} not served`);
          }
          await settled(page);
          // Through every step, so that every chart draws every state under the policy.
          for (const id of await stepIds(page)) {
            await scrollToStep(page, id);
            // The section draws the step in the next frame; two frames later it has.
            await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          }
          await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
          await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
          const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
          problems.push(...violations.map((violation) => `/${path}: ${violation}`));
          if (await page.locator("scrolly-section[data-failed]").count()) problems.push(`/${path}: a chart failed`);
        }
        assertNone(problems, "under the host headers");
        assert.deepEqual(errors, []);
        await context.close();
      });
    }

    it("are enforced: an inline script does not run, an image from another site is blocked", async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on("console", () => undefined);
      await page.goto(server.url);
      const result = await page.evaluate(async () => {
        const seen: string[] = [];
        document.addEventListener("securitypolicyviolation", (event) => seen.push(event.effectiveDirective));
        const script = document.createElement("script");
        script.textContent = "window.injected = true";
        document.head.append(script);
        const image = document.createElement("img");
        image.src = "https://example.invalid/pixel.png";
        document.body.append(image);
        await new Promise((resolve) => setTimeout(resolve, 200));
        return { ran: "injected" in window, seen };
      });
      assert.equal(result.ran, false, "the injected inline script did not run");
      assert.ok(result.seen.includes("script-src-elem"), `script-src reported (${result.seen.join(", ")})`);
      assert.ok(result.seen.includes("img-src"), `img-src (header only) reported (${result.seen.join(", ")})`);
      await context.close();
    });
  });
});
