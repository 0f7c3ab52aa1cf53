/**
 * Security in the built files: every page carries a Content-Security-Policy meta tag whose script-src
 * allows only the site's own files (and hashed inline scripts), with no inline event handlers and no
 * third-party script; the host headers in public/_headers are strict. The browser proves the headers
 * compatible with every page (tests/browser/quality/security.test.ts).
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parseHTML } from "linkedom";
import { assertNone, htmlFiles } from "./distPages.ts";
import { headerOnlyDirectives, metaDirectives, pageHeaders, parseCsp, safeScriptSource } from "./hostHeaders.ts";

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
});
