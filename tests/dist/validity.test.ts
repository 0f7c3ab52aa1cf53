/**
 * Validity of the built HTML, read from the files: the Nu Html Checker (the W3C's validator, vnu.jar
 * run by Debian's java) and html-validate (the project's .htmlvalidate.json, which adds rules of good
 * practice) on every HTML file; every internal link, asset and #anchor resolves; every image has alt text;
 * every page has its own title and meta description.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { parseHTML } from "linkedom";
import { checkLinks } from "./checkLinks.ts";
import { assertNone, distPages, htmlFiles } from "./distPages.ts";

const pages = distPages();
const files = htmlFiles();

/** A message of the Nu Html Checker's JSON report. */
interface NuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/**
 * What the checker reports that is not wrong: its checks of a meta CSP read a file: URL, where 'self'
 * and the hashes match nothing (security.test.ts checks the policies in the browser, pages served);
 * its CSS grammar predates container queries and their units (the slides' `cqh`), @starting-style,
 * paint-order and scroll timelines, which the inline styles use. Any other CSS error still fails.
 */
const notWrong = [
  /violates Content Security Policy/,
  /^CSS: (Unrecognized at-rule “@(container|starting-style)”|“(container|container-type|paint-order)”: Property “\3” doesn't exist\.|“animation”: “scroll\(root\)” is not a “animation” value\.|“max-height”: Unknown dimension\.)$/,
];

describe("valid HTML", () => {
  it("the Nu Html Checker finds no error and no warning in any HTML file", () => {
    const jar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");
    // One JVM for the whole build (a few seconds); the report is JSON on stderr.
    const run = spawnSync("java", ["-jar", jar, "--format", "json", "--skip-non-html", "dist"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.ok(!run.error, `java could not run (apt-get install default-jre-headless): ${run.error?.message}`);
    const messages = (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
    const problems = messages
      .filter((message) => !notWrong.some((pattern) => pattern.test(message.message)))
      .map(({ url, lastLine, type, subType, message }) => {
        const file = url?.replace(/^.*?\/dist\//, "dist/");
        return `${file}:${lastLine} ${subType ?? type}: ${message}`;
      });
    assert.ok(files.length > 0);
    assertNone(problems, "the Nu Html Checker");
  });

  it("html-validate reports nothing on any HTML file", async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    assert.ok(files.length >= pages.length);
    assertNone(problems, "html-validate");
  });
});

describe("links", () => {
  it("every internal link, asset and #anchor resolves in dist/", () => {
    const report = checkLinks("dist");
    assert.ok(report.checked > pages.length * 5, `only ${report.checked} internal URLs found`);
    assertNone(report.problems, "broken links");
  });
});

describe("page metadata", () => {
  it("every image has alt text; every page has its own title and meta description", () => {
    const problems: string[] = [];
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const file of files) {
      const { document } = parseHTML(readFileSync(file, "utf8"));
      for (const image of document.querySelectorAll("img:not([alt])")) {
        problems.push(`${file}: <img src="${image.getAttribute("src")}"> has no alt`);
      }
      const title = document.querySelector("title")?.textContent?.trim() ?? "";
      const description = document.querySelector('meta[name="description"]')?.getAttribute("content")?.trim() ?? "";
      if (!title) problems.push(`${file}: no <title>`);
      if (!description) problems.push(`${file}: no meta description`);
      // A moved step's old address forwards to its replacement under the replacement's words (noindex).
      if (document.querySelector('meta[name="robots"][content="noindex"]')) continue;
      if (title && titles.has(title)) problems.push(`${file}: same <title> as ${titles.get(title)}: "${title}"`);
      if (description && descriptions.has(description)) {
        problems.push(`${file}: same meta description as ${descriptions.get(description)}`);
      }
      titles.set(title, file);
      descriptions.set(description, file);
    }
    assertNone(problems, "page metadata");
  });
});
