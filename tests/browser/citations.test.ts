/**
 * Citations readers can trust, on every built page of every edition: source marks numbered in
 * the order a reader meets them, 1, 2, 3… with no gaps, each pointing at the entry of its own
 * list with that number; each entry with publisher, title (or what it is), date and link as far as
 * they are known; quotations only of a publication's own words; and no research note (trust marks,
 * ⚠ notes, the supplementary facts, the lines they quote, package notes) anywhere a reader looks;
 * and on screen, no source mark wrapped alone onto the start of a line, away from the text it cites.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseHTML } from "linkedom";
import { loadFacts } from "../../src/story/facts.ts";
import { loadSources } from "../../src/story/sources.ts";
import { useSite } from "./harness.ts";
import { assertNone, distPages } from "../dist/distPages.ts";

const pages = distPages().map((page) => ({ ...page, document: parseHTML(page.html).document }));

/** Parts of a page that carry their own numbering: each handout chapter, the glossary, or the page. */
function citationScopes(document: Document): Element[] {
  const scopes = [...document.querySelectorAll("article.handout-chapter, article.chapter, section.glossary")];
  return scopes.length > 0 ? scopes : [];
}

describe("citations", () => {
  it("number source marks in reading order, from 1 with no gaps, each pointing at its own list's entry", () => {
    const problems: string[] = [];
    let marks = 0;
    for (const { path, document } of pages)
      for (const scope of citationScopes(document)) {
        const where = `${path} ${scope.id || scope.className}`;
        const list = scope.querySelector(":scope > .sources ol.source-list, .sources ol.source-list");
        const items = list ? [...list.children] : [];
        if (list?.hasAttribute("start") || items.some((item) => item.hasAttribute("value")))
          problems.push(`${where}: the list renumbers itself`);
        let highest = 0;
        for (const link of scope.querySelectorAll("sup.cite a")) {
          marks += 1;
          const number = Number(link.textContent);
          if (number > highest + 1) problems.push(`${where}: mark ${number} comes before mark ${highest + 1}`);
          highest = Math.max(highest, number);
          const target = items[number - 1];
          const href = link.getAttribute("href") ?? "";
          if (!target || href !== `#${target.id}`)
            problems.push(`${where}: mark ${number} points at ${href}, not at entry ${number} (${target?.id})`);
        }
        if (highest > items.length)
          problems.push(`${where}: marks go up to ${highest} but the list has ${items.length}`);
      }
    assert.ok(marks > 100, `checked ${marks} marks`);
    assertNone(problems, "Source marks out of order");
  });

  it("give publisher, title or description, date and link as far as they are known", () => {
    const problems: string[] = [];
    const sources = loadSources();
    for (const { path, document } of pages)
      for (const item of document.querySelectorAll("li.source")) {
        const source = sources.get(item.id.replace(/^.*source-/, ""));
        if (!source) {
          problems.push(`${path}: ${item.id} is no source`);
          continue;
        }
        const citation = item.querySelector(".source-citation");
        if (!citation?.querySelector(".source-publisher")?.textContent?.trim())
          problems.push(`${path}: ${source.id} has no publisher`);
        if (source.url && citation?.querySelector("a")?.getAttribute("href") !== source.url)
          problems.push(`${path}: ${source.id} does not link to ${source.url}`);
        if (source.date && !citation?.querySelector(".source-date")) problems.push(`${path}: ${source.id} has no date`);
      }
    assertNone(problems, "Incomplete citations");
  });

  it("quote only publications' own words, in Simplified characters outside the Traditional edition", () => {
    const problems: string[] = [];
    const facts = [...loadFacts().values()];
    const sources = loadSources();
    const quotable = new Set(facts.filter((fact) => sources.get(fact.source)?.fullText).map((fact) => fact.passage));
    for (const { path, document } of pages) {
      const expectedLang = path.startsWith("zh-hant/") ? "zh-Hant" : "zh-Hans";
      for (const quote of document.querySelectorAll("blockquote")) {
        if (quote.getAttribute("lang") !== expectedLang)
          problems.push(`${path}: a quotation in ${quote.getAttribute("lang")}, not ${expectedLang}`);
        if (expectedLang === "zh-Hant" && !quotable.has(quote.textContent ?? ""))
          problems.push(`${path}: “${quote.textContent}” is not a publication's own words`);
      }
    }
    assertNone(problems, "Quotations");
  });

  it("never show research notes: trust marks, ⚠ notes, the supplementary facts, their lines or package notes", () => {
    const problems: string[] = [];
    const sources = loadSources();
    const researchLines = [...loadFacts().values()]
      .filter((fact) => !sources.get(fact.source)?.fullText)
      .map((fact) => fact.passage);
    const words =
      /supplementary|補充資料|补充资料|可信度|trust mark|unrated|UNMARKED|⚠|\[(?:OFF|STATE|PRESS|WIKI)\b|\bnpm\b|MIT licen[cs]e|MIT 授/i;
    for (const { path, document } of pages) {
      for (const hidden of document.querySelectorAll("script, style")) hidden.remove();
      const text = `${document.body?.textContent ?? ""} ${[
        ...document.querySelectorAll("[aria-label], [title], [alt], meta[content]"),
      ]
        .map((element) =>
          ["aria-label", "title", "alt", "content"].map((name) => element.getAttribute(name) ?? "").join(" "),
        )
        .join(" ")}`;
      const word = words.exec(text);
      if (word) problems.push(`${path}: “${text.slice(Math.max(0, word.index - 40), word.index + 40)}”`);
      for (const line of researchLines)
        if (text.includes(line)) problems.push(`${path}: quotes the research line “${line}”`);
    }
    assertNone(problems, "Research notes shown to readers");
  });
});

describe("source marks on screen", () => {
  const site = useSite();
  // Chinese text may break between any two characters, so the Chinese editions are where a mark strays.
  const withMarks = pages
    .filter(({ path, document }) => /^zh-han[ts]\//.test(path) && document.querySelector("sup.cite"))
    .map(({ path }) => path);
  for (const width of [320, 390, 1280])
    it(`stay on the line of the text they cite (${width} px)`, async () => {
      const { page, errors } = await site.page({ viewport: { width, height: 800 }, reducedMotion: "reduce" });
      const problems: string[] = [];
      for (const path of withMarks) {
        await page.goto(site.url(path));
        const stray = await page.evaluate(() =>
          [...document.querySelectorAll("sup.cite")].flatMap((mark) => {
            const before = mark.previousSibling;
            const box = mark.getBoundingClientRect();
            if (!before || box.width === 0) return [];
            const range = document.createRange();
            range.selectNodeContents(before);
            const last = [...range.getClientRects()].at(-1);
            // The mark's top below the bottom of the text before it: it has wrapped to a line of its own.
            return last && box.top > last.bottom - 2
              ? [`${mark.closest("[id]")?.id}: mark ${mark.textContent} after “${before.textContent?.slice(-12)}”`]
              : [];
          }),
        );
        problems.push(...stray.map((line) => `/${path} ${line}`));
      }
      assert.ok(withMarks.length >= 20, `checked ${withMarks.length} pages`);
      assertNone([...problems, ...errors], `source marks at ${width} px`);
      await page.context().close();
    });
});
