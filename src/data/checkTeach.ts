import { frontmatterLine, lineAt } from "../lib/frontmatterLine.ts";
import { factIdsIn, handTypedNumber, parseTeachText, teachTextProblem } from "../lib/teachText.ts";
import { lessonMinutes, questionKinds, type Guide, type Worksheet } from "../schemas/teach.ts";
import { ContentError } from "./contentError.ts";

/** What the teacher's pages may point at in one edition of the story. */
export interface StoryIndex {
  /** The edition's chapters by slug, in reading order. */
  chapters: Map<string, { stepIds: readonly string[]; charts: readonly string[] }>;
  /** Ids of the facts in content/data/facts.json. */
  factIds: ReadonlySet<string>;
}

type Path = (string | number)[];

/** Fields that name things (a chapter, a step, a chart) rather than hold text. */
const referenceKeys = new Set(["id", "chapter", "step", "csv", "kind"]);
/** Text that ends up in a meta tag, where a <Fact> cannot be drawn. */
const plainKeys = new Set(["description"]);

/** Every text field of a teacher's page's parsed frontmatter, with its path. */
export function* textsOf(value: unknown, path: Path = []): Generator<[Path, string]> {
  if (typeof value === "string") yield [path, value];
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* textsOf(item, [...path, index]);
  else if (value && typeof value === "object")
    for (const [key, item] of Object.entries(value)) if (!referenceKeys.has(key)) yield* textsOf(item, [...path, key]);
}

/** The facts a teacher's page names in its frontmatter, for its source list. */
export function factIdsOf(data: unknown): string[] {
  return [...textsOf(data)].flatMap(([, text]) => factIdsIn(text));
}

/**
 * Checks one of the teacher's pages against the story: every text's facts exist and no number
 * is typed by hand (frontmatter and body), and every chapter, step and chart it names exists.
 * Errors give the file and line. `file` is the path shown, `text` the file's content.
 */
function checker(file: string, text: string, story: StoryIndex) {
  const shown = file.includes("/zh-hans/")
    ? `${file} (generated from ${file.replace("/zh-hans/", "/zh-hant/")}: fix it there)`
    : file;
  const fail = (path: Path, message: string, needle?: string): never => {
    throw new ContentError(shown, frontmatterLine(text, path, needle), message);
  };
  const chapter = (slug: string, path: Path) =>
    story.chapters.get(slug) ??
    fail(path, `unknown chapter "${slug}"; use one of: ${[...story.chapters.keys()].join(", ")}`);
  const step = (slug: string, id: string, path: Path) => {
    const { stepIds } = chapter(slug, path.slice(0, -1));
    if (!stepIds.includes(id))
      fail(path, `chapter "${slug}" has no step "${id}"; its steps are: ${stepIds.join(", ")}`);
  };
  const chart = (id: string, path: Path) => {
    const charts = new Set([...story.chapters.values()].flatMap((entry) => entry.charts));
    if (!charts.has(id)) fail(path, `no chapter shows a chart "${id}"; charts with a CSV: ${[...charts].join(", ")}`);
  };

  const texts = (data: unknown) => {
    for (const [path, value] of textsOf(data)) {
      const problem = teachTextProblem(value);
      if (problem) fail(path, problem.message, problem.needle);
      const key = path.at(-1);
      if (typeof key === "string" && plainKeys.has(key) && parseTeachText(value).some((part) => part.kind !== "text"))
        fail(path, "plain text only: this goes into a meta tag, where <Fact> and <Cite> cannot be shown");
      for (const part of parseTeachText(value))
        if (part.kind !== "text" && !story.factIds.has(part.id))
          fail(
            path,
            `<${part.kind === "fact" ? "Fact" : "Cite"} id="${part.id}">: no such fact; define it in content/data/facts.json`,
            `id="${part.id}"`,
          );
    }
    const bodyStart = /^---\r?\n[\s\S]*?\r?\n---/.exec(text)?.[0].length ?? 0;
    const body = text.slice(bodyStart);
    body.split("\n").forEach((line, index) => {
      // Heading and list markers are structure, not figures.
      const problem = handTypedNumber(line.replace(/^\s*(?:#+|\d+\.|[-*])\s/, ""));
      if (problem) throw new ContentError(shown, lineAt(text, bodyStart) + index, problem.message);
    });
  };

  return { fail, chapter, step, chart, texts };
}

/** Checks the teacher's guide; see `checker`. Lessons must also fill a whole lesson, and each chapter has at most one discussion entry. */
export function checkGuide(file: string, text: string, guide: Guide, story: StoryIndex): void {
  const { fail, chapter, step, chart, texts } = checker(file, text, story);
  texts(guide);
  const planIds = new Set<string>();
  guide.plans.forEach((plan, p) => {
    if (planIds.has(plan.id)) fail(["plans", p, "id"], `two plans have the id "${plan.id}"; ids must be unique`);
    planIds.add(plan.id);
    plan.lessons.forEach((lesson, l) => {
      const total = lesson.parts.reduce((sum, part) => sum + part.minutes, 0);
      if (total !== lessonMinutes)
        fail(
          ["plans", p, "lessons", l],
          `the parts of this lesson add up to ${total} minutes, not ${lessonMinutes}; adjust their minutes`,
        );
      lesson.parts.forEach((part, k) => {
        const at: Path = ["plans", p, "lessons", l, "parts", k];
        if (part.chapter) chapter(part.chapter, [...at, "chapter"]);
        part.slides?.forEach((slide, s) => step(part.chapter ?? "", slide.step, [...at, "slides", s, "step"]));
      });
    });
  });
  const noted = new Set<string>();
  guide.discussion.forEach((entry, d) => {
    chapter(entry.chapter, ["discussion", d, "chapter"]);
    if (noted.has(entry.chapter))
      fail(["discussion", d, "chapter"], `chapter "${entry.chapter}" already has notes; keep one entry per chapter`);
    noted.add(entry.chapter);
  });
  guide.activity.csv.forEach((id, c) => chart(id, ["activity", "csv", c]));
}

/** Checks the student worksheet; see `checker`. It must also ask every kind of question. */
export function checkWorksheet(file: string, text: string, worksheet: Worksheet, story: StoryIndex): void {
  const { fail, chapter, step, chart, texts } = checker(file, text, story);
  texts(worksheet);
  worksheet.questions.forEach((question, q) => {
    if (question.chapter) chapter(question.chapter, ["questions", q, "chapter"]);
    if (question.step) step(question.chapter ?? "", question.step, ["questions", q, "step"]);
    question.csv?.forEach((id, c) => chart(id, ["questions", q, "csv", c]));
  });
  const missing = questionKinds.filter((kind) => !worksheet.questions.some((question) => question.kind === kind));
  if (missing.length > 0) fail(["questions"], `add a question of each kind; missing: ${missing.join(", ")}`);
}
