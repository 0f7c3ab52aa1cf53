/**
 * The glossary, in every edition: /<edition>/glossary/ defines every term of
 * content/data/glossary.json and links back to where the story uses it; each chapter links the
 * first use of each term it uses to its entry, and nowhere else; the link works without
 * JavaScript, shows a short definition on hover or focus, prints cleanly and works in slides;
 * the handout ends with the glossary.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { parseHTML } from "linkedom";
import type { Page } from "playwright-core";
import { loadGlossary, termPatterns } from "../../src/story/glossary.ts";
import { publishedLocales } from "../../src/i18n/locales.ts";
import { useSite, viewports } from "./harness.ts";
import { assertNone, distPages } from "../dist/distPages.ts";

const site = useSite();
const glossary = loadGlossary();
const documents = new Map<string, Document>();
/** A built page, parsed once. */
function documentOf(path: string): Document {
  const parsed = documents.get(path) ?? parseHTML(readFileSync(`dist/${path}index.html`, "utf8")).document;
  documents.set(path, parsed);
  return parsed;
}
const chapters = distPages().filter((page) => page.chapter);

/** The page a relative or root link from `from` leads to, and its fragment. */
function resolve(from: string, href: string): { path: string; hash: string } {
  const url = new URL(href, `http://site/${from}`);
  return { path: url.pathname.slice(1), hash: decodeURIComponent(url.hash.slice(1)) };
}

/**
 * The prose of a chapter as a reader meets it, in order, as text pieces: whether each lies in the
 * link of a term (and which). Headings, figures, notes, source marks, tooltips and text in
 * another language are not prose.
 */
function prosePieces(document: Document): { text: string; term: string | null }[] {
  const pieces: { text: string; term: string | null }[] = [];
  const skip =
    "h1, h2, h3, h4, template, script, .scrolly-figure, .step-figure, .figure-data, .visually-hidden, sup.cite, .term-tip, .step-link, [lang]";
  const walk = (node: Node, term: string | null): void => {
    if (node.nodeType === 3) {
      if (node.textContent) pieces.push({ text: node.textContent, term });
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (element.matches(skip)) return;
    const inner = element.matches("a[data-term]") ? element.getAttribute("data-term") : term;
    element.childNodes.forEach((child) => walk(child, inner));
  };
  const body = document.querySelector(".chapter-body");
  if (body) walk(body, null);
  return pieces;
}

describe("the glossary", () => {
  it("has a page in every edition defining every term, with its Chinese name", () => {
    for (const locale of publishedLocales) {
      const document = documentOf(`${locale}/glossary/`);
      assert.equal(document.querySelector("h1")?.textContent?.trim().length !== 0, true);
      for (const entry of glossary) {
        const item = document.getElementById(`glossary-${entry.id}`);
        assert.ok(item, `${locale}: entry ${entry.id}`);
        assert.ok((item.querySelector("dd p")?.textContent ?? "").length > 5, `${locale}: ${entry.id} is defined`);
        if (locale === "en")
          assert.ok(item.querySelector('dt [lang="zh-Hans"]')?.textContent, `${entry.id} gives the Chinese term`);
        else assert.match(item.querySelector("dt dfn")?.textContent ?? "", /\p{Script=Han}/u);
      }
    }
  });

  it("links each entry to where the story uses it, and each link lands", () => {
    const problems: string[] = [];
    for (const locale of publishedLocales)
      for (const page of [`${locale}/glossary/`, `${locale}/print/`]) {
        const document = documentOf(page);
        for (const entry of glossary) {
          const links = [...(document.querySelectorAll(`#glossary-${entry.id} .glossary-uses a`) ?? [])];
          if (links.length === 0) problems.push(`${page}: ${entry.id} links to no chapter`);
          for (const link of links) {
            const { path, hash } = resolve(page, link.getAttribute("href") ?? "");
            if (page.endsWith("print/") && path !== page) problems.push(`${page}: ${entry.id} leaves the handout`);
            if (!existsSync(`dist/${path}index.html`) || !documentOf(path).getElementById(hash))
              problems.push(`${page}: ${entry.id} links to ${path}#${hash}, which is not there`);
          }
        }
      }
    assertNone(problems, "Glossary links back to the story");
  });

  it("is linked from the first use of each term in each chapter, and only there", () => {
    const problems: string[] = [];
    let links = 0;
    for (const { path, html } of chapters) {
      const locale = publishedLocales.find((edition) => path.startsWith(`${edition}/`));
      if (!locale) continue;
      const { document } = parseHTML(html);
      const glossaryPage = documentOf(`${locale}/glossary/`);
      const linked = new Set<string>();
      for (const link of document.querySelectorAll(".chapter-body a[data-term]")) {
        links += 1;
        const id = link.getAttribute("data-term") ?? "";
        if (linked.has(id)) problems.push(`${path}: ${id} is linked twice`);
        linked.add(id);
        const { path: target, hash } = resolve(path, link.getAttribute("href") ?? "");
        if (target !== `${locale}/glossary/` || !glossaryPage.getElementById(hash))
          problems.push(`${path}: ${id} links to ${target}#${hash}`);
        // Described by its note after the prose; the tooltip draws the same words from an attribute.
        const note = document.getElementById(link.getAttribute("aria-describedby") ?? "");
        const definition = note?.textContent?.trim();
        if (
          !definition ||
          !note?.closest(".term-notes") ||
          link.nextElementSibling?.getAttribute("data-definition") !== definition
        )
          problems.push(`${path}: ${id} has no short definition`);
      }
      // Reading the prose in order, a term's words never come before its link.
      const pieces = prosePieces(document);
      for (const entry of glossary) {
        const patterns = termPatterns(entry, locale);
        // Words inside another term's link belong to that term ("from town to city").
        const first = pieces.findIndex(
          (piece) =>
            piece.term === entry.id ||
            (piece.term === null &&
              patterns.some((pattern) => new RegExp(pattern.source, pattern.flags.replace("g", "")).test(piece.text))),
        );
        if (first === -1) continue;
        if (pieces[first]?.term !== entry.id)
          problems.push(
            `${path}: “${entry.term.en}” is used in “${pieces[first]?.text.trim().slice(0, 40)}” before its link`,
          );
      }
    }
    assert.ok(links > 100, `checked ${links} links`);
    assertNone(problems, "Term links");
  });

  it("ends the handout of every edition", () => {
    for (const locale of publishedLocales) {
      const document = documentOf(`${locale}/print/`);
      const section = document.querySelector(".handout .glossary");
      assert.ok(section, `${locale}/print/ has the glossary`);
      assert.equal(section.querySelectorAll(".glossary-entry").length, glossary.length);
      const articles = [...document.querySelectorAll(".handout > *")];
      assert.equal(articles.at(-1), section, "the glossary comes last");
    }
  });
});

/** The tooltip of a focused or hovered term: shown, and inside the viewport. */
async function tipBox(page: Page, term: string) {
  return page.evaluate((id) => {
    const tip = document.querySelector(`a[data-term="${id}"] + .term-tip`);
    if (!tip) return null;
    const box = tip.getBoundingClientRect();
    return {
      shown: getComputedStyle(tip).display !== "none" && box.width > 0,
      left: box.left,
      right: box.right,
      width: innerWidth,
    };
  }, term);
}

describe("a term link", () => {
  for (const [name, viewport] of Object.entries(viewports))
    it(`shows its short definition on focus and hover, inside the screen (${name})`, async () => {
      const { page, errors } = await site.page({ viewport });
      for (const path of ["en/farmers-city/", "zh-hant/lean-government/", "zh-hans/town-to-city/"]) {
        await page.goto(site.url(path));
        const terms = await page
          .locator(".chapter-body a[data-term]")
          .evaluateAll((links) => links.map((link) => link.getAttribute("data-term") ?? ""));
        assert.ok(terms.length >= 5, `${path} links terms`);
        for (const term of terms) {
          const link = page.locator(`a[data-term="${term}"]`);
          assert.equal((await tipBox(page, term))?.shown, false, `${path} ${term}: hidden until wanted`);
          await link.focus();
          const focused = await tipBox(page, term);
          assert.equal(focused?.shown, true, `${path} ${term}: shown on focus`);
          assert.ok(
            focused && focused.left >= 0 && focused.right <= focused.width,
            `${path} ${term}: inside the screen: ${JSON.stringify(focused)}`,
          );
          await link.blur();
        }
        const first = page.locator(`a[data-term="${terms[0]}"]`);
        await first.hover();
        assert.equal((await tipBox(page, terms[0] ?? ""))?.shown, true, `${path}: shown on hover`);
      }
      assert.deepEqual(errors, []);
      await page.context().close();
    });

  it("works without JavaScript and leads to its entry", async () => {
    const { page } = await site.page({ javaScriptEnabled: false });
    await page.goto(site.url("zh-hant/lean-government/"));
    await page.locator('a[data-term="grid"]').click();
    await page.waitForURL((url) => url.pathname.endsWith("/zh-hant/glossary/") && url.hash === "#glossary-grid");
    assert.ok(await page.locator("#glossary-grid").isVisible());
    await page.context().close();
  });

  it("prints as text, without its tooltip", async () => {
    const { page } = await site.page();
    await page.goto(site.url("zh-hans/print/"));
    await page.emulateMedia({ media: "print" });
    const printed = await page.evaluate(() => ({
      tips: [...document.querySelectorAll(".term-tip")].filter((tip) => getComputedStyle(tip).display !== "none")
        .length,
      terms: [...document.querySelectorAll("a[data-term]")].filter((link) => link.getBoundingClientRect().width > 0)
        .length,
      glossaryShown: (document.querySelector(".handout .glossary")?.getBoundingClientRect().height ?? 0) > 0,
    }));
    assert.equal(printed.tips, 0);
    assert.ok(printed.terms > 20, `${printed.terms} terms printed`);
    assert.ok(printed.glossaryShown);
    await page.context().close();
  });

  it("works in slides", async () => {
    const { page, errors } = await site.page({ reducedMotion: "reduce" });
    // A step that uses a term (chapter 1's #wenzhou, used before, moved into a step without one).
    await page.goto(site.url("zh-hant/lean-government/?present#usual-county"));
    await page.waitForFunction(() => document.documentElement.dataset["mode"] === "present");
    const link = page.locator('#usual-county a[data-term="grid"]');
    assert.ok(await link.isVisible(), "the term is on its slide");
    await link.focus();
    assert.equal((await tipBox(page, "grid"))?.shown, true);
    // Shown is not enough: nothing on the slide (the figure, say) may cover the box.
    const covered = await page.evaluate(() => {
      const tip = document.querySelector<HTMLElement>('#usual-county a[data-term="grid"] + .term-tip');
      if (!tip) return ["no box"];
      tip.style.pointerEvents = "auto"; // The box lets the pointer through; hit-test it as it is painted.
      const box = tip.getBoundingClientRect();
      const points = [
        [box.left + 2, box.top + 2],
        [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
        [box.right - 2, box.bottom - 2],
      ] as const;
      const over = points.flatMap(([x, y]) => {
        const top = document.elementFromPoint(x, y);
        return top === tip
          ? []
          : [`${top?.localName}.${top?.getAttribute("class")} at ${Math.round(x)},${Math.round(y)}`];
      });
      tip.style.pointerEvents = "";
      return over;
    });
    assert.deepEqual(covered, [], "the definition is not covered");
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
