import assert from "node:assert/strict";
import { existsSync, globSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parseHTML } from "linkedom";
import { localeInfo, publishedLocales } from "../../src/i18n/locales.ts";
import * as OpenCC from "opencc-js";

/** Character by character, with no phrase rules: a character that changes is Traditional-only. */
const characterToSimplified = OpenCC.Converter({ from: "t", to: "cn" });
const simplifiedChar = new Map<string, boolean>();
function traditionalOnly(text: string): string[] {
  const unseen = [...new Set(text)].filter((char) => /\p{Script=Han}/u.test(char) && !simplifiedChar.has(char));
  // One conversion for every new character, each on its own line so no phrase joins two of them.
  const converted = characterToSimplified(unseen.join("\n")).split("\n");
  unseen.forEach((char, index) => simplifiedChar.set(char, converted[index] === char));
  return [...text].filter((char) => simplifiedChar.get(char) === false);
}

/** The built editions, read from dist/: every check here runs on what a reader is served. */
function page(path: string) {
  const file = `dist/${path}index.html`;
  assert.ok(existsSync(file), `${file} exists`);
  return parseHTML(readFileSync(file, "utf8")).document;
}

const chapterSlugs = globSync("dist/zh-hant/*/index.html")
  .map((file) => file.split("/")[2] ?? "")
  .filter((slug) => !["data", "print", "glossary", "handout"].includes(slug));
/** Every page of the Simplified edition: cover, chapters, handout, glossary. */
const simplifiedPages = globSync("dist/zh-hans/**/index.html").map((file) =>
  file.slice("dist/zh-hans/".length, -"index.html".length),
);

/** Text a reader sees on the page, but for text marked as another language (`excludeLang`). */
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
    if (["SCRIPT", "STYLE"].includes(element.tagName)) return;
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

  it(
    "leave no Traditional-only character on Simplified pages, quotations included",
    { skip: !publishedLocales.includes("zh-hans") },
    () => {
      for (const path of simplifiedPages) {
        const document = page(`zh-hans/${path}`);
        // Only the links to the other editions speak Traditional Chinese (繁體中文), marked as such.
        const traditional = [...document.querySelectorAll('[lang^="zh-Hant"]')]
          .filter((element) => !element.hasAttribute("hreflang"))
          .map((element) => element.outerHTML.slice(0, 80));
        assert.deepEqual(traditional, [], `zh-hans/${path} marks nothing else as Traditional`);
        const attributes = [...document.querySelectorAll("[aria-label], [title], [alt], meta[content]")].map(
          (element) =>
            ["aria-label", "title", "alt", "content"].map((name) => element.getAttribute(name) ?? "").join(" "),
        );
        const leftovers = [...ownText(document, /^zh-Hant/i), ...attributes].filter(
          (text) => traditionalOnly(text).length > 0,
        );
        assert.deepEqual(leftovers, [], `zh-hans/${path}`);
      }
    },
  );

  it(
    "make the Simplified manifest and structured data through the edition boundary",
    { skip: !publishedLocales.includes("zh-hans") },
    () => {
      const manifest = readFileSync("dist/zh-hans/manifest.webmanifest", "utf8");
      assert.deepEqual(traditionalOnly(manifest), [], "manifest");
      assert.match(manifest, /"lang": "zh-Hans"/);
      for (const slug of chapterSlugs) {
        const jsonLd = page(`zh-hans/${slug}/`).querySelector('script[type="application/ld+json"]')?.textContent ?? "";
        assert.ok(jsonLd.includes('"headline"'), `zh-hans/${slug} has structured data`);
        assert.deepEqual(traditionalOnly(jsonLd), [], `JSON-LD of zh-hans/${slug}`);
      }
    },
  );

  it("use the interface words mainland readers use", { skip: !publishedLocales.includes("zh-hans") }, () => {
    const html = readFileSync(`dist/zh-hans/${chapterSlugs[0]}/index.html`, "utf8");
    for (const word of ["演示模式", "复制本步链接", "资料来源"]) assert.ok(html.includes(word), `zh-hans uses ${word}`);
    for (const word of ["简报模式", "连结", "萤幕"]) assert.ok(!html.includes(word), `zh-hans does not use ${word}`);
    for (const path of ["teach/", "teach/worksheet/"]) {
      const teachHtml = readFileSync(`dist/zh-hans/${path}index.html`, "utf8");
      for (const word of ["简报", "萤幕", "工作纸", "班别", "试算表"])
        assert.ok(!teachHtml.includes(word), `zh-hans/${path} does not use ${word}`);
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
