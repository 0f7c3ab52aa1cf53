import { compile } from "@mdx-js/mdx";
import path from "node:path";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { remarkGlossary, type TermUse } from "../../../src/mdx/remarkGlossary.ts";
import { remarkScrolly } from "../../../src/mdx/remarkScrolly.ts";

async function compileChapter(body: string, locale = "zh-hant") {
  const file = path.join(process.cwd(), `content/chapters/${locale}/test-chapter.mdx`);
  const vfile = new VFile({ path: file, value: body, data: { astro: { frontmatter: {} } } });
  const code = String(await compile(vfile, { remarkPlugins: [remarkScrolly, remarkGlossary] }));
  const terms = (vfile.data as { astro: { frontmatter: { terms: TermUse[] } } }).astro.frontmatter.terms;
  return { code, terms };
}

/** The text each term link carries, in the order of the compiled code. */
const linked = (code: string) =>
  [...code.matchAll(/"data-term": "([a-z0-9-]+)"[^]*?children: "([^"]+)"/g)].map(([, id, text]) => `${id}:${text}`);

describe("remarkGlossary", () => {
  it("links only the first use of each term, to its glossary entry, with its short definition", async () => {
    const { code, terms } = await compileChapter("龍港有許多網格，每個網格都有人。\n\n網格再說一次。\n");
    expect(linked(code)).toEqual(["grid:網格"]);
    expect(code).toContain('href: "../glossary/#glossary-grid"');
    expect(code).toContain('id: "term-test-chapter-grid"');
    expect(code).toContain('"aria-describedby": "term-test-chapter-grid-note"');
    // The definition is an attribute of the tooltip, not text of the sentence.
    expect(code).toContain('"data-definition": "社區之下劃分的小片區，是最基層的管理單元。"');
    expect(code).not.toMatch(/children: "社區之下/);
    expect(terms).toEqual([
      { id: "grid", anchor: "term-test-chapter-grid", text: "網格", note: "term-test-chapter-grid-note" },
    ]);
  });

  it("skips headings and teacher's notes, and points a use inside a step at the step", async () => {
    const { code, terms } = await compileChapter(
      `## 網格\n\n<Scrolly chart="timeline" title="t">\n\n<Step id="s" headline="h" state={{ from: 1860, to: 2026, upTo: 1868 }}>\n\n先說別的。\n\n<Notes>\n\n網格\n\n</Notes>\n\n</Step>\n\n<Step id="t" headline="h" state={{ from: 1860, to: 2026, upTo: 1868 }}>\n\n這裡有網格。\n\n</Step>\n\n</Scrolly>\n`,
    );
    expect(linked(code)).toEqual(["grid:網格"]);
    expect(terms).toEqual([{ id: "grid", anchor: "t", text: "網格", note: "term-test-chapter-grid-note" }]);
  });

  it("prefers the longer of two terms that start together, and keeps words apart", async () => {
    const { code } = await compileChapter("落地「市管社區」的法規，之後才說社區。對岸的鰲江鎮不是這裡的鎮。\n");
    expect(linked(code)).toEqual(["city-managed-communities:市管社區", "community:社區", "town:鎮"]);
    expect(code).toContain("對岸的鰲江鎮不是這裡的");
  });

  it("finds English terms whatever their case, but not inside other words or Chinese spans", async () => {
    const { code } = await compileChapter(
      'Mega-towns (<span lang="zh-Hans">特大镇</span>) differ from a township; the town grew.\n',
      "en",
    );
    expect(linked(code)).toEqual(["mega-town:Mega-towns", "town:town"]);
  });

  it("links Simplified chapters with the converted patterns and definitions", async () => {
    const { code } = await compileChapter("龙港有许多网格。\n", "zh-hans");
    expect(linked(code)).toEqual(["grid:网格"]);
    expect(code).toContain("社区之下划分的小片区，是最基层的管理单元。");
  });
});
