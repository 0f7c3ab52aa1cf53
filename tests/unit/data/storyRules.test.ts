import { globSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { headlineLimits } from "../../../src/mdx/remarkScrolly.ts";
import { loadFacts } from "../../../src/story/facts.ts";
import { loadSources } from "../../../src/story/sources.ts";
import { chapterSlugs } from "../../../src/schemas/chapter.ts";

const editions = ["zh-hant", "en"] as const;
type Edition = (typeof editions)[number];
const chapterText = (edition: Edition, slug: string) => readFileSync(`content/chapters/${edition}/${slug}.mdx`, "utf8");

/** Each step of a chapter: its id, headline and the text inside it (teacher's notes included). */
function stepsOf(text: string) {
  return [...text.matchAll(/<Step id="([^"]*)"([^>]*)>([\s\S]*?)<\/Step>/g)].map(
    ([, id = "", attributes = "", body = ""]) => ({
      id,
      headline: /headline="([^"]*)"/.exec(attributes)?.[1],
      body,
    }),
  );
}

/**
 * Caveats belong in the chapter's one "How sure are we?" note, not in the steps, which state what
 * is known with its source. These phrases mark a caveat in each language.
 */
const caveatPhrases: Record<Edition, RegExp> = {
  en: /sources? (?:differ|disagree|conflict)|not clear|unclear|does not say|do not say|did not say|no source|whichever is right|we do not know|cannot be (?:sure|checked)|not recorded|not stated/i,
  "zh-hant": /說法不一|未說明|沒有說明|並不確定|不確定|沒有交代|未交代|不清楚|無從|未詳|各有說法|孰是孰非/,
};

/** A step's words that point at a figure: the share page and card of a step must not point at a chart they do not show. */
const figurePointers: Record<Edition, RegExp> = {
  en: /\b(?:the (?:map|chart|figure|graph|dot|bar|bars|timeline)|below|above|on the right|on the left)\b/i,
  "zh-hant": /圖中|下圖|上圖|右圖|左圖|右邊|左邊|地圖上|圓點|方塊|柱/,
};

describe("every step", () => {
  for (const edition of editions)
    it(`has a headline of its own within ${headlineLimits[edition]} characters, pointing at no figure (${edition})`, () => {
      const problems: string[] = [];
      for (const slug of chapterSlugs)
        for (const { id, headline } of stepsOf(chapterText(edition, slug))) {
          if (!headline) problems.push(`${slug}#${id}: no headline`);
          else if ([...headline].length > headlineLimits[edition])
            problems.push(`${slug}#${id}: "${headline}" is too long`);
          else if (figurePointers[edition].test(headline))
            problems.push(`${slug}#${id}: "${headline}" points at a figure`);
        }
      expect(problems).toEqual([]);
    });

  it("has the same id in both editions, in the same order", () => {
    for (const slug of chapterSlugs)
      expect(
        stepsOf(chapterText("en", slug)).map(({ id }) => id),
        slug,
      ).toEqual(stepsOf(chapterText("zh-hant", slug)).map(({ id }) => id));
  });

  for (const edition of editions)
    it(`states what is known and leaves caveats to the chapter's note (${edition})`, () => {
      const found = chapterSlugs.flatMap((slug) =>
        stepsOf(chapterText(edition, slug)).flatMap(({ id, body }) => {
          const caveat = caveatPhrases[edition].exec(body);
          return caveat ? [`${slug}#${id}: "${caveat[0]}"`] : [];
        }),
      );
      expect(found).toEqual([]);
    });

  it("the caveat phrases catch the caveats they are for", () => {
    expect("That is why sources differ").toMatch(caveatPhrases.en);
    expect("It is not clear whether the 382,000 counts residents").toMatch(caveatPhrases.en);
    for (const phrase of ["說法不一", "報道未說明", "並不確定"]) expect(phrase).toMatch(caveatPhrases["zh-hant"]);
  });
});

describe("every chapter", () => {
  for (const edition of editions)
    it(`ends on its own words, with no classroom section or questions (${edition})`, () => {
      const problems: string[] = [];
      for (const slug of chapterSlugs) {
        const text = chapterText(edition, slug);
        if (/^discussion:/m.test(text)) problems.push(`${slug}: discussion questions in the frontmatter`);
        const classroom = /^#+ .*(?:discuss|question|classroom|lesson|討論|問題|課堂)/im.exec(text);
        if (classroom) problems.push(`${slug}: "${classroom[0]}"`);
        const guideLinks = text.match(/\/teach\//g) ?? [];
        if (guideLinks.length > 1) problems.push(`${slug}: ${guideLinks.length} links to the teacher's guide`);
      }
      expect(problems).toEqual([]);
    });
});

describe("the sources readers see", () => {
  it("are all named: none reads 'original source not recorded'", () => {
    const found = globSync("content/data/*.json").filter((file) =>
      /原出處未詳|未詳|not recorded/i.test(readFileSync(file, "utf8")),
    );
    expect(found).toEqual([]);
  });
});

/**
 * A fact's label is what a reader sees in the source list, followed by its figure ("…: 113"). It reads
 * as words a person would write about the figure, not as a field name of a table: "Days since the
 * town's founding", 「建鎮之初的天數」, "Marks drawn", "Grids" are field names.
 */
const fieldNames: Record<Edition, RegExp[]> = {
  en: [
    /[:：]\s*$/,
    // A measure word first: "Days since…", "Number of…", "Marks drawn", "Population in 1993".
    /^(?:days|years|number|count|marks|length|area|population|output|rank|total|share|grades?|characters|distance|growth|average|residents per|gdp|gross|year|enterprises|businesses|schools|social workers|communities|grids)\b/i,
    // Fewer than four words says what, not what happened.
    /^\S+(?:\s+\S+){0,2}$/,
  ],
  "zh-hant": [
    /[:：]\s*$/,
    // A measure noun last: 「建鎮之初的天數」「1993年人口」「龍港市面積」.
    /(?:天數|年數|字數|人數|數量|總量|人口|面積|產值|排名|等級|距離|長度|下限|上限|增速|門檻|總投資|生產總值|部門|單位|社區|網格|配備)(?:（[^）]*）)?$/,
    // Six characters or fewer is a heading, not a statement.
    /^.{1,6}$/u,
  ],
};

describe("source labels", () => {
  it("the rule catches the field names it is for", () => {
    const isField = (edition: Edition, label: string) => fieldNames[edition].some((pattern) => pattern.test(label));
    for (const label of ["Days since the town’s founding", "Marks drawn", "Grids", "Population in 1993", "Total:"])
      expect(isField("en", label), label).toBe(true);
    for (const label of ["建鎮之初的天數", "1993年人口", "網格", "建鎮之初的天數："])
      expect(isField("zh-hant", label), label).toBe(true);
    expect(isField("en", "Longgang had this many town enterprises within 600 days of its founding")).toBe(false);
    expect(isField("zh-hant", "建鎮後600天內，龍港辦起的鎮辦企業")).toBe(false);
  });

  for (const edition of editions)
    it(`read as a person would write them, not as field names (${edition})`, () => {
      const labels = [
        ...[...loadFacts().values()].map((fact) => [`fact ${fact.id}`, fact.label[edition]] as const),
        // A source's title is as published; what we write is its `about`.
        ...[...loadSources().values()].flatMap((source) =>
          source.about ? [[`source ${source.id}`, source.about[edition]] as const] : [],
        ),
      ];
      const problems = labels
        .filter(([, label]) => fieldNames[edition].some((pattern) => pattern.test(label)))
        .map(([what, label]) => `${what}: "${label}"`);
      expect(problems).toEqual([]);
    });
});
