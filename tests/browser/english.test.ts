/**
 * The English edition reads like a good newspaper's explainer: typographic quotes and apostrophes
 * and no full-width punctuation anywhere a reader (or a screen reader, or a preview card) meets
 * text; numbers under ten in words in the prose; and every Chinese name given at its first mention
 * in a chapter in pinyin with its Simplified characters, in the same form in the charts' data and
 * the source list.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parseHTML } from "linkedom";
import { forEdition } from "../../src/i18n/forEdition.ts";
import { settled, useSite } from "./harness.ts";
import { assertNone, distPages } from "../dist/distPages.ts";

const site = useSite();
const englishPages = distPages().filter((page) => page.path.startsWith("en/"));
const englishChapters = englishPages.filter((page) => page.chapter);

/**
 * Chinese names as the English edition writes them (places, people, publications, laws), with
 * their Traditional form as the Chinese edition and the data files write them. Longer names
 * come first: "Aojiang" is not looked for inside "Ao River", nor "Wenzhou" inside a hospital's name.
 */
const names: readonly (readonly [english: string, traditional: string])[] = [
  [
    "Longgang campus of the First Affiliated Hospital of Wenzhou Medical University",
    "溫州醫科大學附屬第一醫院龍港院區",
  ],
  ["Longgang High School affiliated with East China Normal University", "華東師範大學附屬龍港高級中學"],
  ["Longgang library run with the National Library of China", "國家圖書館龍港運營館"],
  ["Longgang South interchange on the Ningbo–Dongguan motorway", "甬莞高速龍港南互通"],
  ["Longgang Community Governance Regulations", "龍港市社區治理條例"],
  ["Longgang Town Gazetteer", "龍港鎮志"],
  ["Xinhua Daily Telegraph", "新華每日電訊"],
  ["Xinhua News Agency", "新華社"],
  ["Zhejiang Daily", "浙江日報"],
  ["Wenhui Bao", "文匯報"],
  ["Chen Dingmo", "陳定模"],
  ["He Zongjing", "何宗靜"],
  ["Wang Fang", "王芳"],
  ["Cangnan County", "蒼南縣"],
  ["Pingyang County", "平陽縣"],
  ["Ao River", "鰲江"],
  ["Aojiang", "鰲江鎮"],
  ["Fangyan", "方岩"],
  ["Anlan", "安瀾"],
  ["Shengli", "勝利埠"],
  ["Ounan", "甌南"],
  ["Jinxiang", "金鄉"],
  ["Qianku", "錢庫"],
  ["Yishan", "宜山"],
  ["Wenzhou", "溫州"],
  ["Zhejiang", "浙江"],
  ["Xinhua", "新華網"],
  ["Longgang", "龍港"],
];

/** Full-width punctuation that has no place in English text. */
const fullWidth = /[：（）、，。；！？「」『』《》〈〉【】\u3000]/u;
const straightQuotes = /["']/;

/**
 * Every piece of text a reader, a screen reader or a link preview meets on the page: text nodes
 * and the attributes that carry words, with where they are. Text marked as Chinese is left out.
 */
function collectText(): { where: string; text: string; inChart: boolean }[] {
  const found: { where: string; text: string; inChart: boolean }[] = [];
  const wordAttributes = ["aria-label", "alt", "title", "placeholder", "aria-description"];
  const describe = (element: Element) => {
    const id = element.id ? `#${element.id}` : "";
    const classes = element.classList.length ? `.${[...element.classList].join(".")}` : "";
    return `${element.tagName.toLowerCase()}${id}${classes}`;
  };
  // Text the chart modules write: figures, their data tables and each step's figure description.
  const chart = (element: Element) =>
    element.closest(
      "svg, .scrolly-figure, .step-figure, .figure-data, [data-figure], .step-body > p.visually-hidden",
    ) !== null;
  const chinese = (element: Element) => element.closest('[lang^="zh"]') !== null;
  for (const meta of document.querySelectorAll("meta[content]")) {
    const name = meta.getAttribute("name") ?? meta.getAttribute("property") ?? "";
    if (/description|title|site_name|image:alt/.test(name))
      found.push({ where: `meta ${name}`, text: meta.getAttribute("content") ?? "", inChart: false });
  }
  found.push({ where: "title", text: document.title, inChart: false });
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const walk = (value: unknown, path: string): void => {
      if (typeof value === "string" && !/^https?:/.test(value))
        found.push({ where: `JSON-LD ${path}`, text: value, inChart: false });
      else if (value && typeof value === "object")
        for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
    };
    walk(JSON.parse(script.textContent ?? "{}"), "");
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, template") || chinese(parent)) continue;
      const text = node.textContent ?? "";
      if (text.trim()) found.push({ where: describe(parent), text: text.trim(), inChart: chart(parent) });
      continue;
    }
    const element = node as Element;
    if (chinese(element)) continue;
    for (const name of wordAttributes) {
      const value = element.getAttribute(name);
      if (value) found.push({ where: `${describe(element)}[${name}]`, text: value, inChart: chart(element) });
    }
  }
  // Templates (teacher's notes) hold text too, shown in the presenter view.
  for (const template of document.querySelectorAll("template")) {
    const text = template.content.textContent?.trim();
    if (text) found.push({ where: "template", text, inChart: false });
  }
  return found;
}

describe("the English edition", () => {
  it("uses typographic quotes and no full-width punctuation, in text and attributes", async () => {
    const problems: string[] = [];
    const chartProblems: string[] = [];
    for (const { path } of englishPages) {
      const { page } = await site.page();
      await page.goto(site.url(path));
      await settled(page);
      for (const { where, text, inChart } of await page.evaluate(collectText)) {
        const bad = fullWidth.exec(text) ?? straightQuotes.exec(text);
        if (!bad) continue;
        const at = Math.max(0, bad.index - 30);
        const line = `${path} ${where}: “…${text.slice(at, bad.index + 30)}…” has ${JSON.stringify(bad[0])}`;
        (inChart ? chartProblems : problems).push(line);
      }
      await page.context().close();
    }
    assertNone([...problems, ...chartProblems.map((line) => `[chart] ${line}`)], "Non-English punctuation");
  });

  it("spells out numbers under ten in the prose", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { path, html } of englishChapters) {
      const { document } = parseHTML(html);
      // The prose: paragraphs and list items of the chapter body, without figures, marks or Chinese.
      const prose = [...document.querySelectorAll(".chapter-body p, .chapter-body li")].filter(
        (block) => !block.closest(".scrolly-figure, .step-figure, .figure-data, .visually-hidden, template"),
      );
      for (const block of prose) {
        const copy = block.cloneNode(true) as Element;
        for (const aside of copy.querySelectorAll('sup.cite, .term-tip, [lang^="zh"]')) aside.remove();
        const text = copy.textContent ?? "";
        checked += 1;
        // Figures stay for measures, magnitudes (1 billion), dates (1 October) and names (No. 1 Document).
        const months = "January|February|March|April|May|June|July|August|September|October|November|December";
        const allowed = new RegExp(`^\\s?(?:km|m|per cent|million|billion|${months})\\b`);
        for (const match of text.matchAll(/(?<![\d.,:/–-]|No\. )\b[1-9]\b(?![\d.,:/%–-])/g))
          if (!allowed.test(text.slice(match.index + 1)))
            problems.push(`${path}: “…${text.slice(Math.max(0, match.index - 30), match.index + 30)}…”`);
      }
    }
    assert.ok(checked > 50, `read ${checked} paragraphs`);
    assertNone(problems, "Numbers under ten written as figures in English prose");
  });

  it("gives each Chinese name in pinyin with its Simplified characters at its first mention in a chapter", () => {
    const problems: string[] = [];
    for (const { path, html } of englishChapters) {
      // The chapter's prose and its closing note, up to its source list.
      let body = html.slice(html.indexOf('class="chapter-body"'), html.indexOf('class="sources"'));
      // Only the prose a reader reads: no figures, data tables, descriptions or teacher's notes.
      body = body
        .replace(/<template[^]*?<\/template>/g, "")
        .replace(/<script[^]*?<\/script>/g, "")
        .replace(/<div class="scrolly-figure[^]*?<\/div>\s*<div class="scrolly-steps">/g, "")
        .replace(/<details class="figure-data[^]*?<\/details>/g, "")
        .replace(/<div class="step-figure[^]*?<\/svg><\/div>/g, "")
        .replace(/<p class="visually-hidden">[^]*?<\/p>/g, "")
        .replace(/<span class="term-tip"[^]*?<\/span>/g, "");
      const text = body.replace(/<(?!span lang="zh-Hans">|\/span>)[^>]+>/g, "");
      let masked = text;
      for (const [english, traditional] of names) {
        const at = masked.indexOf(english);
        if (at === -1) continue;
        const expected = `${english} (<span lang="zh-Hans">${forEdition(traditional, "zh-hans")}</span>)`;
        if (!text.startsWith(expected, at))
          problems.push(`${path}: first “${english}” is not written ${expected}: “…${text.slice(at, at + 60)}…”`);
        masked = masked.split(english).join(" ".repeat(english.length));
      }
    }
    assertNone(problems, "Chinese names without their characters at first mention");
  });

  it("writes each name the same way in the charts' data and the source list as in the prose", () => {
    const problems: string[] = [];
    const files = ["facts", "sources", "timeline", "locator", "population", "growth", "slope", "shares"];
    for (const file of files) {
      const walk = (value: unknown, where: string): void => {
        if (!value || typeof value !== "object") return;
        const record = value as Record<string, unknown>;
        const [traditional, english] = [record["zh-hant"], record["en"]];
        if (typeof traditional === "string" && typeof english === "string") {
          let rest = traditional;
          for (const [name, chinese] of names) {
            if (!rest.includes(chinese)) continue;
            rest = rest.split(chinese).join("");
            if (!english.includes(name))
              problems.push(`${file}.json${where}: “${english}” does not say “${name}” (${chinese})`);
          }
          return;
        }
        for (const [key, inner] of Object.entries(record)) walk(inner, `${where}.${key}`);
      };
      walk(JSON.parse(readFileSync(`content/data/${file}.json`, "utf8")), "");
    }
    assertNone(problems, "Names written differently in the data");
  });

  it("has pages to check", () => {
    assert.ok(englishChapters.length >= 7);
  });
});
