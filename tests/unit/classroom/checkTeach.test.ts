import { readFileSync } from "node:fs";
import { compile } from "@mdx-js/mdx";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { remarkScrolly } from "../../../src/mdx/remarkScrolly.ts";
import {
  checkAnswerKey,
  checkGuide,
  checkWorksheet,
  factIdsOf,
  type StoryIndex,
} from "../../../src/classroom/checkTeach.ts";
import { loadFacts } from "../../../src/story/facts.ts";
import { loadGlossary } from "../../../src/story/glossary.ts";
import { chapterSlugs } from "../../../src/schemas/chapter.ts";
import { guideSchema, worksheetSchema } from "../../../src/schemas/teach.ts";

const frontmatterPattern = /^---\n([\s\S]*?)\n---\n?/;

/** An edition's chapters as the build sees them: compiled with remarkScrolly, which lists their sections and steps. */
async function storyIndex(locale: string): Promise<StoryIndex> {
  const chapters: StoryIndex["chapters"] = new Map();
  for (const slug of chapterSlugs) {
    const path = `content/chapters/${locale}/${slug}.mdx`;
    const text = readFileSync(path, "utf8");
    const [frontmatter = ""] = frontmatterPattern.exec(text) ?? [];
    const file = new VFile({ path, value: text.slice(frontmatter.length), data: { astro: { frontmatter: {} } } });
    await compile(file, { remarkPlugins: [remarkScrolly] });
    const scrollies = (
      file.data as { astro: { frontmatter: { scrollies: { chart: string; steps: { id: string }[] }[] } } }
    ).astro.frontmatter.scrollies;
    chapters.set(slug, {
      stepIds: scrollies.flatMap((scrolly) => scrolly.steps.map((step) => step.id)),
      charts: scrollies.map((scrolly) => scrolly.chart),
    });
  }
  return { chapters, facts: loadFacts(), glossaryIds: new Set(loadGlossary().map((entry) => entry.id)) };
}

const stories = { "zh-hant": await storyIndex("zh-hant"), en: await storyIndex("en") };

/** A teacher's page's frontmatter, parsed and checked against its schema. */
function pageData(page: "guide" | "worksheet", locale: "zh-hant" | "en", text?: string) {
  const source = text ?? readFileSync(`content/teach/${locale}/${page}.mdx`, "utf8");
  return parse(frontmatterPattern.exec(source)?.[1] ?? "") as unknown;
}

/** Runs the build's check on a teacher's page, after `edit` changes its text; the guide's with its answer key. */
function check(page: "guide" | "worksheet", locale: "zh-hant" | "en", edit: (text: string) => string = (text) => text) {
  const file = `content/teach/${locale}/${page}.mdx`;
  const text = edit(readFileSync(file, "utf8"));
  const data = pageData(page, locale, text);
  return () => {
    if (page === "worksheet") return checkWorksheet(file, text, worksheetSchema.parse(data), stories[locale]);
    const guide = guideSchema.parse(data);
    checkGuide(file, text, guide, stories[locale]);
    checkAnswerKey(file, text, guide, worksheetSchema.parse(pageData("worksheet", locale)), stories[locale]);
  };
}

/** The line (from 1) of the first occurrence of `needle` in a teacher's page. */
function lineOf(page: string, locale: string, needle: string): number {
  const text = readFileSync(`content/teach/${locale}/${page}.mdx`, "utf8");
  const index = text.indexOf(needle);
  expect(index, `${needle} is in the ${locale} ${page}`).toBeGreaterThan(-1);
  return text.slice(0, index).split("\n").length;
}

const replaceFirst = (from: string, to: string) => (text: string) => text.replace(from, to);

describe("the teacher's pages as written", () => {
  for (const locale of ["zh-hant", "en"] as const) {
    it(`pass every check (${locale})`, () => {
      expect(check("guide", locale)).not.toThrow();
      expect(check("worksheet", locale)).not.toThrow();
    });
  }

  it("give every chapter two or three discussion questions, and answer every worksheet question, in both editions", () => {
    for (const locale of ["zh-hant", "en"] as const) {
      const guide = guideSchema.parse(pageData("guide", locale));
      const worksheet = worksheetSchema.parse(pageData("worksheet", locale));
      expect(guide.discussion.map((entry) => entry.chapter)).toEqual([...chapterSlugs]);
      expect(guide.answers.map((entry) => entry.question)).toEqual(worksheet.questions.map((_, index) => index + 1));
      worksheet.questions.forEach((question, index) => {
        const entry = guide.answers[index];
        if (question.kind === "open") expect(entry?.marking, `${locale} question ${index + 1}`).toBeDefined();
        else expect(entry?.answer, `${locale} question ${index + 1}`).toBeDefined();
      });
    }
  });

  it("plan lessons that fit: one lesson of at most three chapters, two lessons, and work at home", () => {
    for (const locale of ["zh-hant", "en"] as const) {
      const { plans } = guideSchema.parse(pageData("guide", locale));
      const one = plans.find((plan) => plan.id === "one-lesson");
      const chaptersIn = new Set(one?.lessons.flatMap((lesson) => lesson.parts.flatMap((part) => part.chapter ?? [])));
      expect(chaptersIn.size).toBeLessThanOrEqual(3);
      expect(plans.find((plan) => plan.id === "two-lessons")?.lessons).toHaveLength(2);
      expect(plans.some((plan) => plan.lessons.some((lesson) => lesson.atHome))).toBe(true);
      // A data activity in class gets at least a quarter of an hour: downloading and four steps take time.
      for (const plan of plans)
        for (const lesson of plan.lessons)
          for (const part of lesson.parts)
            if (/data activity|數據活動/i.test(part.title)) expect(part.minutes, part.title).toBeGreaterThanOrEqual(15);
    }
  });

  it("name only facts that exist, and derived figures carry their arithmetic", () => {
    const facts = loadFacts();
    const guide = guideSchema.parse(pageData("guide", "en"));
    const derived = factIdsOf(guide.activity).filter((id) => facts.get(id)?.derivation);
    expect(derived.length).toBeGreaterThanOrEqual(5);
  });
});

describe("the build's check of the teacher's pages", () => {
  it("refuses a lesson step the chapter does not have, naming the file and line", () => {
    const line = lineOf("guide", "en", "{ step: estuary,");
    expect(check("guide", "en", replaceFirst("{ step: estuary,", "{ step: river-mouth,"))).toThrow(
      `content/teach/en/guide.mdx:${line}: chapter "fishing-village" has no step "river-mouth"; its steps are: mudflat, arc, estuary`,
    );
  });

  it("refuses an unknown chapter, naming the file and line", () => {
    const line = lineOf("guide", "zh-hant", "chapter: lean-government");
    expect(check("guide", "zh-hant", replaceFirst("chapter: lean-government", "chapter: lean-govt"))).toThrow(
      `content/teach/zh-hant/guide.mdx:${line}: unknown chapter "lean-govt"; use one of: fishing-village,`,
    );
  });

  it("refuses a worksheet step the chapter does not have", () => {
    const line = lineOf("worksheet", "en", "step: middle-folds");
    expect(check("worksheet", "en", replaceFirst("step: middle-folds", "step: middle-fold"))).toThrow(
      `content/teach/en/worksheet.mdx:${line}: chapter "lean-government" has no step "middle-fold"`,
    );
  });

  it("refuses an unknown fact and a number typed by hand", () => {
    const factLine = lineOf("guide", "en", '<Fact id="communities" />');
    expect(check("guide", "en", replaceFirst('<Fact id="communities" />', '<Fact id="communes" />'))).toThrow(
      new RegExp(`^content/teach/en/guide.mdx:${factLine}: <Fact id="communes">: no such fact`),
    );
    const numberLine = lineOf("guide", "zh-hant", "數一數每張圖有幾級");
    expect(check("guide", "zh-hant", replaceFirst("數一數每張圖有幾級", "數一數每張圖有3級"))).toThrow(
      `content/teach/zh-hant/guide.mdx:${numberLine}: "設市。然後數一數每張圖有3級。兩人一組做學習單第": a number typed by hand`,
    );
  });

  it("refuses a number typed by hand in the body, on its line", () => {
    const line = lineOf("guide", "en", "**Two kinds of source.**");
    expect(check("guide", "en", replaceFirst("**Two kinds of source.**", "**2 kinds of source.**"))).toThrow(
      `content/teach/en/guide.mdx:${line}: "**2 kinds of s": a number typed by hand`,
    );
  });

  it("refuses a lesson whose parts do not fill it", () => {
    const line = lineOf("guide", "en", "- parts:");
    expect(check("guide", "en", replaceFirst("minutes: 5", "minutes: 6"))).toThrow(
      `content/teach/en/guide.mdx:${line}: the parts of this lesson add up to 46 minutes, not 45`,
    );
  });

  it("refuses a guide without questions for a chapter, or with two entries for one", () => {
    expect(
      check(
        "guide",
        "en",
        replaceFirst("  - chapter: next-chapter\n    questions:", "  - chapter: five-years-on\n    questions:"),
      ),
    ).toThrow(/chapter "five-years-on" already has questions/);
  });

  it("refuses an answer key that leaves a question unanswered, or an open question without a marking guide", () => {
    const key = (text: string) => text.replace(/\n {2}- question: 7\n[\s\S]*?(?=\ndiscussion:)/, "");
    expect(check("guide", "en", key)).toThrow(/the worksheet has 7 questions and the key 6 answers/);
    expect(
      check(
        "guide",
        "en",
        replaceFirst("    marking:\n      good:", "    answer: A model answer.\n    marking:\n      good:"),
      ),
    ).toThrow(/give either a model `answer` or/);
  });

  it("refuses evidence at a step the chapter does not have, and a glossary term that does not exist", () => {
    expect(
      check(
        "guide",
        "en",
        replaceFirst(
          "{ chapter: five-years-on, step: income-gap-scale }",
          "{ chapter: five-years-on, step: income-gap }",
        ),
      ),
    ).toThrow(/chapter "five-years-on" has no step "income-gap"/);
    expect(check("guide", "zh-hant", replaceFirst("    - paid-land-use\n", "    - land-use\n"))).toThrow(
      /no glossary entry "land-use"/,
    );
  });

  it("refuses a worksheet without an open question", () => {
    expect(check("worksheet", "en", replaceFirst("kind: open", "kind: recall"))).toThrow(
      /content\/teach\/en\/worksheet.mdx:\d+: add a question of each kind; missing: open/,
    );
  });

  it("refuses a CSV of a chart no chapter shows", () => {
    expect(check("guide", "en", replaceFirst("csv: [population, growth]", "csv: [population, pie]"))).toThrow(
      /no chapter shows a chart "pie"/,
    );
  });
});
