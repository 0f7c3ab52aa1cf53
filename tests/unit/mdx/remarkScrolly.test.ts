import { compile } from "@mdx-js/mdx";
import path from "node:path";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { remarkScrolly } from "../../../src/mdx/remarkScrolly.ts";

const file = path.join(process.cwd(), "content/chapters/zh-hant/test-chapter.mdx");

async function compileChapter(body: string) {
  const vfile = new VFile({ path: file, value: body, data: { astro: { frontmatter: {} } } });
  const output = await compile(vfile, { remarkPlugins: [remarkScrolly] });
  return {
    code: String(output),
    frontmatter: (vfile.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter,
  };
}

const step = (id: string, state = '{{ from: 1860, to: 2026, upTo: 1868, focus: "ferry" }}') =>
  `<Step id="${id}" headline="標題" state=${state}>\n\ntext\n\n</Step>`;

describe("remarkScrolly", () => {
  it("annotates steps with their chart and sections with their states", async () => {
    const { code, frontmatter } = await compileChapter(
      `Intro <Fact id="ferry-founded" />.\n\n<Scrolly chart="timeline" title="t">\n\n${step("a")}\n\n${step("b")}\n\n</Scrolly>\n`,
    );
    expect(code).toContain('chart: "timeline"');
    expect(code).toContain('locale: "zh-hant"');
    expect(code).toContain('\\"id\\":\\"a\\"');
    expect(frontmatter["charts"]).toEqual(["timeline"]);
    expect(frontmatter["scrollies"]).toEqual([
      {
        chart: "timeline",
        steps: ["a", "b"].map((id) => ({
          id,
          headline: "標題",
          state: { from: 1860, to: 2026, upTo: 1868, focus: "ferry" },
          text: "text",
        })),
      },
    ]);
    expect(code).toContain('chapter: "test-chapter"');
  });

  it("records each step's words for its share page, facts written out", async () => {
    const { frontmatter } = await compileChapter(
      `<Scrolly chart="timeline">\n\n<Step id="a" headline="標題" state={{ from: 1860, to: 2026, upTo: 1868 }}>\n\n渡口建於<Fact id="ferry-founded" />。<Cite id="ferry-founded" />\n\n</Step>\n\n</Scrolly>\n`,
    );
    const [scrolly] = frontmatter["scrollies"] as { steps: { text: string }[] }[];
    expect(scrolly?.steps[0]?.text).toMatch(/^渡口建於.*1868.*。$/);
  });

  it("refuses a step without a headline, or with one too long for its edition, naming the file and line", async () => {
    const section = (attributes: string) =>
      `<Scrolly chart="timeline">\n\n<Step id="a" ${attributes} state={{ from: 1860, to: 2026, upTo: 1868 }}>\n\ntext\n\n</Step>\n\n</Scrolly>\n`;
    await expect(compileChapter(section(""))).rejects.toThrow(/test-chapter\.mdx:3: <Step id="a"> needs headline="…"/);
    await expect(compileChapter(section(`headline="${"字".repeat(31)}"`))).rejects.toThrow(
      /test-chapter\.mdx:3: <Step id="a">: the headline has 31 characters; shorten it to at most 30 \(zh-hant\)/,
    );
    await expect(compileChapter(section(`headline="${"字".repeat(30)}"`))).resolves.toBeDefined();
  });

  it("takes one <HowSure> note, on its own after the sections", async () => {
    const note = "<HowSure>\n\nnote\n\n</HowSure>\n";
    await expect(compileChapter(`text\n\n${note}`)).resolves.toBeDefined();
    await expect(compileChapter(`text\n\n${note}\n${note}`)).rejects.toThrow(
      /test-chapter\.mdx:9: a chapter has one <HowSure>/,
    );
    await expect(
      compileChapter(
        `<Scrolly chart="timeline">\n\n<Step id="a" headline="h" state={{ from: 1860, to: 2026, upTo: 1868 }}>\n\n${note}\n</Step>\n\n</Scrolly>\n`,
      ),
    ).rejects.toThrow(/<HowSure> stands on its own/);
  });

  it("refuses a step id that is not URL-safe, naming the file and line", async () => {
    for (const id of ["Town 1993", "town_1993", "鎮", "-town", "town--1993"])
      await expect(compileChapter(`<Scrolly chart="timeline">\n\n${step(id)}\n\n</Scrolly>\n`)).rejects.toThrow(
        new RegExp(`test-chapter\\.mdx:3: <Step id="${id}">: use lower-case letters, digits and single hyphens`),
      );
  });

  it("refuses an unknown chart, naming the file and line and the known charts", async () => {
    await expect(compileChapter(`text\n\n<Scrolly chart="pie">\n\n${step("a")}\n\n</Scrolly>\n`)).rejects.toThrow(
      /test-chapter\.mdx:3: <Scrolly chart="pie">: unknown chart; known charts: timeline, population/,
    );
  });

  it("refuses a step without an id", async () => {
    await expect(
      compileChapter(
        `<Scrolly chart="timeline">\n\n<Step state={{ from: 1860, to: 2026, upTo: 1868 }}>\n\nx\n\n</Step>\n\n</Scrolly>\n`,
      ),
    ).rejects.toThrow(/test-chapter\.mdx:3: <Step> needs id=/);
  });

  it("refuses a duplicate step id", async () => {
    await expect(
      compileChapter(`<Scrolly chart="timeline">\n\n${step("a")}\n\n${step("a")}\n\n</Scrolly>\n`),
    ).rejects.toThrow(/test-chapter\.mdx:9: <Step id="a">: duplicate id/);
  });

  it("refuses a step id that a heading already uses", async () => {
    await expect(
      compileChapter(`## One network\n\n<Scrolly chart="timeline">\n\n${step("one-network")}\n\n</Scrolly>\n`),
    ).rejects.toThrow(/test-chapter\.mdx:5: <Step id="one-network">: the heading on line 1 already has this id/);
  });

  it("refuses an invalid state and a state that is code", async () => {
    await expect(
      compileChapter(`<Scrolly chart="timeline">\n\n${step("a", "{{ from: 1860 }}")}\n\n</Scrolly>\n`),
    ).rejects.toThrow(/<Step id="a">: invalid timeline state at "to"/);
    await expect(
      compileChapter(`<Scrolly chart="timeline">\n\n${step("a", "{{ from: year }}")}\n\n</Scrolly>\n`),
    ).rejects.toThrow(/state must be plain data/);
    await expect(
      compileChapter(
        `<Scrolly chart="timeline">\n\n${step("a", '{{ from: 1860, to: 2026, upTo: 1900, focus: "x" }}')}\n\n</Scrolly>\n`,
      ),
    ).rejects.toThrow(/focus "x" is not an event/);
  });

  it("accepts notes inside a step and refuses them elsewhere", async () => {
    const withNotes = `<Scrolly chart="timeline">\n\n<Step id="a" headline="標題" state={{ from: 1860, to: 2026, upTo: 1868 }}>\n\ntext\n\n<Notes>\n\nAsk the class.\n\n</Notes>\n\n</Step>\n\n</Scrolly>\n`;
    await expect(compileChapter(withNotes)).resolves.toBeDefined();
    await expect(compileChapter("<Notes>\n\nstray\n\n</Notes>\n")).rejects.toThrow(
      /test-chapter\.mdx:1: <Notes> must stand directly inside a <Step>/,
    );
  });

  it("refuses a fact that does not exist and a step outside a section", async () => {
    await expect(compileChapter(`Text <Fact id="made-up" />.\n`)).rejects.toThrow(
      /test-chapter\.mdx:1: <Fact id="made-up">: no such fact/,
    );
    await expect(compileChapter(`${step("a")}\n`)).rejects.toThrow(/<Step> must stand directly inside a <Scrolly/);
  });
});
