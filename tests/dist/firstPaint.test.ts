/**
 * What the built files show about the first paint: no page's <head> holds a request that blocks it, and
 * the build carries no web font (the pages use the reader's own fonts). The browser measures the rest
 * (tests/browser/quality/performance.test.ts).
 */
import { globSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parseHTML } from "linkedom";
import { assertNone, htmlFiles } from "./distPages.ts";

describe("first paint", () => {
  it("no page's <head> holds a render-blocking request (a stylesheet link, a classic <script src>)", () => {
    const problems: string[] = [];
    for (const path of htmlFiles()) {
      const { document } = parseHTML(readFileSync(path, "utf8"));
      for (const link of document.querySelectorAll("head link[rel~=stylesheet]"))
        problems.push(`${path}: <link rel="stylesheet" href="${link.getAttribute("href")}">`);
      for (const script of document.querySelectorAll("head script[src]")) {
        const deferred =
          script.hasAttribute("async") || script.hasAttribute("defer") || script.getAttribute("type") === "module";
        if (!deferred) problems.push(`${path}: <script src="${script.getAttribute("src")}"> blocks the first paint`);
      }
    }
    assertNone(problems, "render-blocking requests");
  });
});

describe("web fonts", () => {
  it("no @font-face and no font file in the build", () => {
    const fonts = globSync("dist/**/*.{woff,woff2,ttf,otf,eot}");
    const faces = globSync("dist/**/*.{css,html}").filter((file) => /@font-face/i.test(readFileSync(file, "utf8")));
    assertNone([...fonts, ...faces.map((file) => `${file}: @font-face`)], "web fonts");
  });
});
