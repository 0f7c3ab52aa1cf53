import { compile } from "@mdx-js/mdx";
import path from "node:path";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { remarkCitations } from "../../../src/mdx/remarkCitations.ts";
import { remarkScrolly } from "../../../src/mdx/remarkScrolly.ts";

const file = path.join(process.cwd(), "content/chapters/zh-hant/test-chapter.mdx");

async function compileChapter(body: string) {
  const vfile = new VFile({ path: file, value: body, data: { astro: { frontmatter: {} } } });
  const code = String(await compile(vfile, { remarkPlugins: [remarkScrolly, remarkCitations] }));
  return { code, frontmatter: (vfile.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter };
}

/** The numbers given to each element, in the order the compiled code lists them. */
const numbers = (code: string, attribute: string) =>
  [...code.matchAll(new RegExp(`id: "([a-z0-9-]+)",[^}]*?${attribute}: "(\\d+)"`, "g"))].map(
    ([, id, number]) => `${id}=${number}`,
  );

describe("remarkCitations", () => {
  it("numbers source marks in the order a reader meets them", async () => {
    // xinhua-2024 first, then the gazetteer, then xinhua-2024 again: 1, 2, 1.
    const { code, frontmatter } = await compileChapter(
      'A<Cite id="port-key" /> B<Cite id="ferry-decline" /> C<Cite id="reform-slogan" />\n',
    );
    expect(numbers(code, "number")).toEqual(["port-key=1", "ferry-decline=2", "reform-slogan=1"]);
    expect(frontmatter["citations"]).toEqual({
      factIds: ["port-key", "ferry-decline", "reform-slogan"],
      sourceIds: ["xinhua-2024", "gazetteer-2009"],
    });
  });

  it("numbers a figure that must show its source, and counts facts without a mark last", async () => {
    // population-2024 (Xinhua) carries no mark; billboards-2003 (Jiefang Daily, press) always does.
    const { code, frontmatter } = await compileChapter(
      'A <Fact id="population-2024" />. B <Fact id="billboards-2003" />. C<Cite id="ferry-decline" />\n',
    );
    expect(numbers(code, "citeNumber")).toEqual(["billboards-2003=1"]);
    expect(numbers(code, "number")).toEqual(["ferry-decline=2"]);
    expect(frontmatter["citations"]).toMatchObject({
      factIds: ["billboards-2003", "ferry-decline", "population-2024"],
    });
  });

  it("lets two figures of one source side by side share the later mark", async () => {
    const { code } = await compileChapter('From <Fact id="winter-1974" /> to <Fact id="billboards-2003" />.\n');
    expect(code).toContain('sourceShownAfter: "true"');
    expect(numbers(code, "citeNumber")).toEqual(["billboards-2003=1"]);
  });

  it("leaves a teacher's page unnumbered, for the page to number with the rest of its marks", async () => {
    const vfile = new VFile({
      path: path.join(process.cwd(), "content/teach/en/guide.mdx"),
      value: 'A<Cite id="port-key" /> B<Cite id="ferry-decline" />\n',
      data: { astro: { frontmatter: {} } },
    });
    const code = String(await compile(vfile, { remarkPlugins: [remarkCitations] }));
    const frontmatter = (vfile.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
    expect(numbers(code, "number")).toEqual([]);
    expect(frontmatter["citations"]).toBeUndefined();
    expect(frontmatter["factUses"]).toEqual([
      { id: "port-key", cites: true },
      { id: "ferry-decline", cites: true },
    ]);
  });
});
