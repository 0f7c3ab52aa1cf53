import assert from "node:assert/strict";
import { existsSync, globSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parseHTML } from "linkedom";
import { localeInfo, publishedLocales } from "../../src/i18n/locales.ts";
import * as OpenCC from "opencc-js";

/** Character by character, with no phrase rules: a character that changes is Traditional-only. */
const characterToSimplified = OpenCC.Converter({ from: "t", to: "cn" });
const traditionalOnly = (text: string) => [...text].filter((char) => characterToSimplified(char) !== char);

/** The built editions, read from dist/: every check here runs on what a reader is served. */
function page(path: string) {
  const file = `dist/${path}index.html`;
  assert.ok(existsSync(file), `${file} exists`);
  return parseHTML(readFileSync(file, "utf8")).document;
}

const chapterSlugs = globSync("dist/zh-hant/*/index.html")
  .map((file) => file.split("/")[2] ?? "")
  .filter((slug) => slug !== "data");

/** Text a reader sees as the page's own words: quotes of sources and text marked as another language excluded. */
function ownText(document: Document, excludeLang: RegExp): string[] {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node.textContent?.trim();
      if (text) texts.push(text);
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (["SCRIPT", "STYLE", "BLOCKQUOTE"].includes(element.tagName)) return;
    const lang = element.getAttribute("lang");
    if (lang && excludeLang.test(lang) && element !== document.documentElement) return;
    element.childNodes.forEach(walk);
  };
  walk(document.documentElement);
  return texts;
}

describe("the editions", () => {
  it("have every chapter, with the same step ids as the Traditional edition", () => {
    assert.ok(chapterSlugs.length >= 2);
    for (const slug of chapterSlugs) {
      const ids = (locale: string) =>
        [...page(`${locale}/${slug}/`).querySelectorAll("[data-step]")].map((step) => step.id);
      for (const locale of publishedLocales) assert.deepEqual(ids(locale), ids("zh-hant"), `${locale}/${slug}`);
    }
  });

  it("set <html lang>, a canonical link and hreflang alternates on every page", () => {
    for (const locale of publishedLocales) {
      for (const path of ["", ...chapterSlugs.map((slug) => `${slug}/`)]) {
        const document = page(`${locale}/${path}`);
        assert.equal(document.documentElement.getAttribute("lang"), localeInfo(locale).lang);
        const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? "";
        assert.ok(canonical.endsWith(`/${locale}/${path}`), `canonical of ${locale}/${path}: ${canonical}`);
        const hreflangs = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) =>
          link.getAttribute("hreflang"),
        );
        assert.deepEqual(
          hreflangs.sort(),
          [...publishedLocales.map((other) => localeInfo(other).lang), "x-default"].sort(),
        );
      }
    }
  });

  it("link each page to itself in the other editions", () => {
    for (const slug of chapterSlugs) {
      const links = [...page(`zh-hant/${slug}/`).querySelectorAll(".language-switch a")].map((link) =>
        link.getAttribute("href"),
      );
      for (const locale of publishedLocales.filter((other) => other !== "zh-hant"))
        assert.ok(
          links.some((href) => href?.endsWith(`/${locale}/${slug}/`)),
          `${slug} links to ${locale}`,
        );
    }
  });

  it("leave no Traditional-only character on Simplified pages", { skip: !publishedLocales.includes("zh-hans") }, () => {
    for (const path of ["", ...chapterSlugs.map((slug) => `${slug}/`)]) {
      const leftovers = ownText(page(`zh-hans/${path}`), /^zh-Hant/i).filter(
        (text) => traditionalOnly(text).length > 0,
      );
      assert.deepEqual(leftovers, [], `zh-hans/${path}`);
    }
  });

  it(
    "keep English pages in English, but for names and terms marked as Chinese",
    { skip: !publishedLocales.includes("en") },
    () => {
      for (const path of ["", ...chapterSlugs.map((slug) => `${slug}/`)]) {
        const chinese = ownText(page(`en/${path}`), /^zh/i).filter((text) => /[\u3400-\u9fff]/.test(text));
        assert.deepEqual(chinese, [], `en/${path}`);
      }
    },
  );
});
