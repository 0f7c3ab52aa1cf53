/**
 * Validity of the built HTML, read from the files: html-validate (the project's .htmlvalidate.json)
 * on every HTML file; every internal link, asset and #anchor resolves; every image has alt text;
 * every page has its own title and meta description.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { parseHTML } from "linkedom";
import { checkLinks } from "./checkLinks.ts";
import { assertNone, distPages, htmlFiles } from "../browser/quality/distPages.ts";

const pages = distPages();
const files = htmlFiles();

describe("valid HTML", () => {
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
