/**
 * Security: every page carries a Content-Security-Policy meta tag whose script-src allows only the
 * site's own files (and hashed inline scripts), with no inline event handlers and no third-party
 * script; the host headers in public/_headers are strict and compatible with every page, proved by
 * serving dist/ with them and recording every CSP violation in the browser.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { parseHTML } from "linkedom";
import type { Browser } from "playwright-core";
import { scrollToStep, stepIds, viewports } from "../harness.ts";
import { launchBrowser } from "../launchBrowser.ts";
import { serveDist, type DistServer } from "../serveDist.ts";
import { assertNone, distPages, htmlFiles, settled } from "./distPages.ts";

const pages = distPages();

/** A CSP as directive → sources. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The rules of a Netlify / Cloudflare Pages `_headers` file, in order. */
function parseHeadersFile(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!match?.[1] || !match[2] || !rule) throw new Error(`_headers: cannot read "${line}"`);
    rule.headers[match[1]] = match[2].trim();
  }
  return rules;
}

const headerRules = parseHeadersFile(readFileSync("dist/_headers", "utf8"));
/** The headers a host applies to a path: every matching rule, in order (`*` at the end is a prefix). */
function headersFor(path: string): Record<string, string> {
  const pathname = path.split("?")[0] ?? path;
  const matching = headerRules.filter(({ pattern }) =>
    pattern.endsWith("*") ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern,
  );
  return Object.assign({}, ...matching.map((rule) => rule.headers)) as Record<string, string>;
}
const pageHeaders = headersFor("/");

/** Sources a script-src may hold: the site itself, hashes, nonces; nothing that allows other code. */
const safeScriptSource = /^'(self|none|strict-dynamic|(sha256|sha384|sha512)-[A-Za-z0-9+/=]+|nonce-[A-Za-z0-9+/=]+)'$/;

/**
 * What every page's own (meta) policy must say beyond script-src and style-src: the host headers'
 * policy, less frame-ancestors, which a meta tag cannot set, and manifest-src, which WebKit does not
 * know (it logs an error for it). On a host that sends no headers (GitHub Pages) it is the only policy.
 */
/** Directives of the host headers alone. */
const headerOnlyDirectives: Record<string, string[]> = {
  "frame-ancestors": ["'none'"],
  "manifest-src": ["'self'"],
};

const metaDirectives: Record<string, string[]> = {
  "default-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'none'"],
  "connect-src": ["'self'"],
  "worker-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
};

describe("CSP in every page", () => {
  it("the meta policy of every page restricts every kind of resource as the host headers do", () => {
    const headerCsp = parseCsp(pageHeaders["Content-Security-Policy"] ?? "");
    for (const [directive, sources] of Object.entries(metaDirectives))
      assert.deepEqual(headerCsp.get(directive), sources, `public/_headers and the meta policy agree on ${directive}`);
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      const { document } = parseHTML(readFileSync(file, "utf8"));
      const meta = [...document.querySelectorAll("meta[http-equiv]")].find(
        (element) => element.getAttribute("http-equiv")?.toLowerCase() === "content-security-policy",
      );
      const csp = parseCsp(meta?.getAttribute("content") ?? "");
      for (const [directive, sources] of Object.entries(metaDirectives)) {
        const found = csp.get(directive);
        if (JSON.stringify(found) !== JSON.stringify(sources))
          problems.push(`${file}: ${directive} is ${found ? found.join(" ") : "missing"}, not ${sources.join(" ")}`);
      }
      for (const directive of ["script-src", "style-src"])
        if (!csp.get(directive)?.includes("'self'")) problems.push(`${file}: ${directive} lacks 'self'`);
      for (const directive of Object.keys(headerOnlyDirectives))
        if (csp.has(directive)) problems.push(`${file}: the meta policy sets ${directive} (host headers only)`);
    }
    assertNone(problems, "meta policies");
  });

  it("the meta policy comes before every script, so it governs them all", () => {
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      const html = readFileSync(file, "utf8");
      const policy = html.search(/<meta http-equiv="content-security-policy"/i);
      const firstScript = html.search(/<script\b/i);
      if (policy < 0) problems.push(`${file}: no meta policy`);
      else if (firstScript >= 0 && firstScript < policy) problems.push(`${file}: a <script> before the meta policy`);
    }
    assertNone(problems, "policy order");
  });

  it("a meta CSP with a strict script-src, no inline handlers, only the site's own scripts", () => {
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      const { document } = parseHTML(readFileSync(file, "utf8"));
      const meta = [...document.querySelectorAll("meta[http-equiv]")].find(
        (element) => element.getAttribute("http-equiv")?.toLowerCase() === "content-security-policy",
      );
      if (!meta) {
        problems.push(`${file}: no Content-Security-Policy meta tag`);
        continue;
      }
      const csp = parseCsp(meta.getAttribute("content") ?? "");
      const scriptSrc = csp.get("script-src") ?? csp.get("default-src");
      if (!scriptSrc) problems.push(`${file}: the CSP has no script-src`);
      for (const source of scriptSrc ?? []) {
        if (!safeScriptSource.test(source)) problems.push(`${file}: script-src allows ${source}`);
      }
      for (const element of document.querySelectorAll("*")) {
        for (const name of element.getAttributeNames()) {
          if (/^on/i.test(name)) problems.push(`${file}: inline event handler ${name} on <${element.localName}>`);
        }
      }
      for (const script of document.querySelectorAll("script")) {
        const type = (script.getAttribute("type") ?? "").toLowerCase();
        if (!["", "module", "text/javascript", "application/javascript"].includes(type)) continue; // data
        const src = script.getAttribute("src");
        if (src !== null) {
          if (new URL(src, "https://site.invalid/").origin !== "https://site.invalid") {
            problems.push(`${file}: third-party script ${src}`);
          }
        } else {
          const hash = `'sha256-${createHash("sha256")
            .update(script.textContent ?? "")
            .digest("base64")}'`;
          if (!scriptSrc?.includes(hash)) problems.push(`${file}: an inline script the CSP does not allow`);
        }
      }
      for (const link of document.querySelectorAll("link[href]")) {
        const rel = link.getAttribute("rel") ?? "";
        const href = link.getAttribute("href") ?? "";
        if (
          /stylesheet|modulepreload|preload/.test(rel) &&
          new URL(href, "https://site.invalid/").host !== "site.invalid"
        ) {
          problems.push(`${file}: ${rel} from another site: ${href}`);
        }
      }
    }
    assertNone(problems, "CSP");
  });
});

describe("host headers (public/_headers)", () => {
  it("are strict: script-src 'self' and hashes only, no plugins, no framing, nosniff, a referrer and a permissions policy", () => {
    const csp = parseCsp(pageHeaders["Content-Security-Policy"] ?? "");
    const scriptSrc = csp.get("script-src") ?? [];
    assert.ok(scriptSrc.includes("'self'"), "script-src 'self'");
    for (const source of scriptSrc)
      assert.match(source, /^'(self|sha256-[A-Za-z0-9+/=]+)'$/, "script-src: the site and hashed inline scripts only");
    for (const [directive, sources] of Object.entries(headerOnlyDirectives))
      assert.deepEqual(csp.get(directive), sources, `${directive} in the host headers`);
    assert.ok(csp.get("default-src")?.includes("'self'"), "default-src 'self'");
    assert.deepEqual(csp.get("object-src"), ["'none'"]);
    assert.deepEqual(csp.get("frame-ancestors"), ["'none'"]);
    assert.ok(csp.has("base-uri") && csp.has("form-action"));
    assert.deepEqual(csp.get("font-src"), ["'none'"], "no web fonts");
    for (const [, sources] of csp) {
      for (const source of sources) assert.doesNotMatch(source, /unsafe|^\*$|^https?:$/, `no ${source}`);
    }
    assert.equal(pageHeaders["X-Content-Type-Options"], "nosniff");
    assert.match(pageHeaders["Referrer-Policy"] ?? "", /^(strict-origin-when-cross-origin|same-origin|no-referrer)$/);
    assert.match(pageHeaders["Permissions-Policy"] ?? "", /camera=\(\)/);
  });

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
