import { frontmatterLine, lineAt } from "../story/frontmatterLine.ts";
import { factIdsIn, handTypedNumber, parseTeachText, teachTextProblem } from "./teachText.ts";
import { lessonMinutes, questionKinds, type Guide, type Worksheet } from "../schemas/teach.ts";
import { ContentError } from "../story/contentError.ts";

/** What the teacher's pages may point at in one edition of the story. */
export interface StoryIndex {
  /** The edition's chapters by slug, in reading order. */
  chapters: Map<string, { stepIds: readonly string[]; charts: readonly string[] }>;
  /** The facts of content/data/facts.json, by id, with their kind. */
  facts: ReadonlyMap<string, { kind: string }>;
  /** Ids of the entries of content/data/glossary.json. */
  glossaryIds: ReadonlySet<string>;
}

type Path = (string | number)[];

/** Fields that name things (a chapter, a step, a chart) rather than hold text. */
const referenceKeys = new Set(["id", "chapter", "step", "csv", "kind", "fact", "glossary", "vocabulary", "terms"]);
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
        if (part.kind !== "text" && !story.facts.has(part.id))
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

  const term = (id: string, path: Path) => {
    if (!story.glossaryIds.has(id))
      fail(path, `no glossary entry "${id}"; use one of: ${[...story.glossaryIds].join(", ")}`, id);
  };
  const factOfKind = (id: string, kind: string, path: Path) => {
    const found = story.facts.get(id);
    if (found?.kind !== kind) fail(path, `"${id}" is not a ${kind} fact of content/data/facts.json`, id);
  };

  return { fail, chapter, step, chart, texts, term, factOfKind };
}

/** Each lesson fills a whole lesson (work at home excepted), and every slide is a step of its chapter. */
function checkPlans(guide: Guide, check: ReturnType<typeof checker>): void {
  const { fail, chapter, step } = check;
  const planIds = new Set<string>();
  guide.plans.forEach((plan, p) => {
    if (planIds.has(plan.id)) fail(["plans", p, "id"], `two plans have the id "${plan.id}"; ids must be unique`);
    planIds.add(plan.id);
    plan.lessons.forEach((lesson, l) => {
      const total = lesson.parts.reduce((sum, part) => sum + part.minutes, 0);
      if (!lesson.atHome && total !== lessonMinutes)
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
}

/** Every chapter has one entry of discussion questions. */
function checkDiscussion(guide: Guide, story: StoryIndex, check: ReturnType<typeof checker>): void {
  const { fail, chapter } = check;
  const noted = new Set<string>();
  guide.discussion.forEach((entry, d) => {
    chapter(entry.chapter, ["discussion", d, "chapter"]);
    if (noted.has(entry.chapter))
      fail(
        ["discussion", d, "chapter"],
        `chapter "${entry.chapter}" already has questions; keep one entry per chapter`,
      );
    noted.add(entry.chapter);
  });
  for (const slug of story.chapters.keys())
    if (!noted.has(slug)) fail(["discussion"], `no discussion questions for chapter "${slug}"; add an entry`);
}

/** The handout's and the support section's facts and glossary entries exist and are of the right kind. */
function checkSupport(guide: Guide, check: ReturnType<typeof checker>): void {
  const { term, factOfKind } = check;
  const { support, handout } = guide;
  support.vocabulary.forEach((id, v) => term(id, ["support", "vocabulary", v]));
  support.levels.levels.forEach((level, l) => {
    if (level.glossary) term(level.glossary, ["support", "levels", "levels", l, "glossary"]);
  });
  handout.terms.forEach((id, t) => term(id, ["handout", "terms", t]));
  handout.timeline.forEach((event, e) => factOfKind(event.fact, "date", ["handout", "timeline", e, "fact"]));
  handout.figures.forEach((figure, f) => factOfKind(figure.fact, "number", ["handout", "figures", f, "fact"]));
}

/**
 * Checks the teacher's guide; see `checker`. Lessons must also fill a whole lesson, every chapter
 * has discussion questions, and the handout's and vocabulary's facts and terms exist.
 */
export function checkGuide(file: string, text: string, guide: Guide, story: StoryIndex): void {
  const check = checker(file, text, story);
  check.texts(guide);
  checkPlans(guide, check);
  checkDiscussion(guide, story, check);
  checkSupport(guide, check);
  guide.activity.csv.forEach((id, c) => check.chart(id, ["activity", "csv", c]));
}

/**
 * Checks the guide's answer key against the worksheet: one entry for every question, in order, a
 * marking guide for the open question and a model answer for the others, evidence that exists.
 */
export function checkAnswerKey(
  file: string,
  text: string,
  guide: Guide,
  worksheet: Worksheet,
  story: StoryIndex,
): void {
  const { fail, chapter, step } = checker(file, text, story);
  const count = worksheet.questions.length;
  guide.answers.forEach((entry, a) => {
    if (entry.question !== a + 1)
      fail(
        ["answers", a, "question"],
        `answer ${a + 1} is for question ${entry.question}; keep one answer per question, in order`,
      );
    const question = worksheet.questions[a];
    if (!question) fail(["answers", a], `the worksheet has ${count} questions; remove this answer`);
    else if (question.kind === "open" && !entry.marking)
      fail(["answers", a], "question " + String(a + 1) + " is open: give a `marking` guide (good, adequate, weak)");
    else if (question.kind !== "open" && !entry.answer)
      fail(["answers", a], "question " + String(a + 1) + " has a model answer: give `answer`");
    entry.evidence.forEach((place, e) => {
      const at: Path = ["answers", a, "evidence", e];
      chapter(place.chapter, [...at, "chapter"]);
      if (place.step) step(place.chapter, place.step, [...at, "step"]);
    });
  });
  if (guide.answers.length < count)
    fail(
      ["answers"],
      `the worksheet has ${count} questions and the key ${guide.answers.length} answers; answer every one`,
    );
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
