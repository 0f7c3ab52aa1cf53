import path from "node:path";
import type { Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import type { Program } from "estree";
import GithubSlugger from "github-slugger";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { chartData } from "../charts/build/chartData.ts";
import { chartSpecs } from "../charts/build/chartSpecs.ts";
import { ContentError } from "../story/contentError.ts";
import { story } from "../story/story.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { evaluateLiteral, NotLiteralError } from "./evaluateLiteral.ts";
import { firstIssue } from "../story/firstIssue.ts";
import { formatFact } from "../i18n/formatFact.ts";
import { stepText } from "./stepText.ts";
import { recordInChapterIndex, type ScrollySummary } from "./chapterIndex.ts";

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const stepIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A step headline's longest length, in characters: a share title and card headline read at a glance. */
export const headlineLimits: Record<Locale, number> = { en: 60, "zh-hant": 30, "zh-hans": 30 };

function attribute(node: JsxElement, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find((attr): attr is MdxJsxAttribute => attr.type === "mdxJsxAttribute" && attr.name === name);
}

function setAttribute(node: JsxElement, name: string, value: string): void {
  const existing = attribute(node, name);
  if (existing) existing.value = value;
  else node.attributes.push({ type: "mdxJsxAttribute", name, value });
}

/** The chapter's locale, from its place in content/chapters/<locale>/<slug>.mdx. */
function localeOf(file: string): Locale {
  const folder = path.basename(path.dirname(file));
  if (!isLocale(folder))
    throw new ContentError(
      file,
      undefined,
      `"${folder}" is not an edition; put chapters under content/chapters/<locale>/`,
    );
  return folder;
}

/** The step's `headline`: required, plain text, and short enough for its edition. */
function stepHeadline(
  step: JsxElement,
  id: string,
  locale: Locale,
  fail: (node: JsxElement, message: string) => never,
): string {
  const headline = attribute(step, "headline")?.value;
  if (typeof headline !== "string" || headline.trim() === "")
    return fail(step, `<Step id="${id}"> needs headline="…": a short headline of its own, for its share page and card`);
  const limit = headlineLimits[locale];
  const length = [...headline].length;
  if (length > limit)
    return fail(
      step,
      `<Step id="${id}">: the headline has ${length} characters; shorten it to at most ${limit} (${locale})`,
    );
  return headline;
}

/** What every check of a chapter needs: where it is, its edition, its facts and the ids taken so far. */
interface Chapter {
  file: VFile;
  locale: Locale;
  facts: ReturnType<typeof story.facts>;
  stepIds: Set<string>;
  /** Headings get ids from their text (github-slugger, as Astro does); a step may not reuse one. */
  headingIds: Map<string, number | undefined>;
  fail: (node: { position?: { start: { line: number } } | undefined }, message: string) => never;
}

function chapterOf(tree: Root, file: VFile): Chapter {
  const filePath = path.relative(process.cwd(), file.path);
  const slugger = new GithubSlugger();
  const headingIds = new Map<string, number | undefined>();
  visit(tree, "heading", (heading) => {
    headingIds.set(slugger.slug(toString(heading)), heading.position?.start.line);
  });
  return {
    file,
    locale: localeOf(file.path),
    facts: story.facts(),
    stepIds: new Set(),
    headingIds,
    fail: (node, message) => {
      throw new ContentError(filePath, node.position?.start.line, message);
    },
  };
}

/** `<Notes>` belong to a slide: directly inside a `<Step>`. */
function checkNotes(element: JsxElement, parent: unknown, { fail }: Chapter): void {
  const { type, name } = (parent ?? {}) as { type?: string; name?: string };
  const inStep = type === "mdxJsxFlowElement" && name === "Step";
  if (!inStep) fail(element, "<Notes> must stand directly inside a <Step>: notes belong to a slide");
}

/** One `<HowSure>` a chapter, on its own after the last section. */
function checkHowSure(element: JsxElement, parent: unknown, seenBefore: boolean, { fail }: Chapter): void {
  if ((parent as { type?: string } | undefined)?.type !== "root")
    fail(element, "<HowSure> stands on its own, after the chapter's last section, not inside another element");
  if (seenBefore) fail(element, "a chapter has one <HowSure> note; gather its caveats into the first");
}

/** A `<Fact>` or `<Cite>` names a fact that exists, and learns its edition. */
function checkFactMark(element: JsxElement, { facts, locale, fail }: Chapter): void {
  const id = attribute(element, "id")?.value;
  if (typeof id !== "string")
    return fail(element, `<${element.name}> needs id="…" naming a fact in content/data/facts.json`);
  if (!facts.has(id))
    return fail(element, `<${element.name} id="${id}">: no such fact; define it in content/data/facts.json`);
  setAttribute(element, "locale", locale);
}

/** The step's `id`: present, URL-safe, and used by no other step or heading of the chapter. */
function stepId(step: MdxJsxFlowElement, { stepIds, headingIds, fail }: Chapter): string {
  const id = attribute(step, "id")?.value;
  if (typeof id !== "string" || id === "")
    return fail(step, '<Step> needs id="…": a stable, lower-case, hyphenated name used in its URL');
  if (!stepIdPattern.test(id))
    return fail(step, `<Step id="${id}">: use lower-case letters, digits and single hyphens`);
  if (stepIds.has(id)) return fail(step, `<Step id="${id}">: duplicate id; each step of a chapter needs its own`);
  if (headingIds.has(id))
    return fail(
      step,
      `<Step id="${id}">: the heading on line ${headingIds.get(id)} already has this id; rename the step`,
    );
  stepIds.add(id);
  return id;
}

/** The step's `state`: a plain-data literal that the chart's schema and check accept. */
function stepState(step: MdxJsxFlowElement, id: string, chart: string, { locale, fail }: Chapter): unknown {
  const spec = chartSpecs[chart];
  if (!spec) return fail(step, `unknown chart "${chart}"`);
  const estree = (attribute(step, "state")?.value as { data?: { estree?: Program } } | undefined)?.data?.estree;
  const statement = estree?.body[0];
  if (!statement || statement.type !== "ExpressionStatement")
    return fail(step, `<Step id="${id}"> needs state={{ … }}: the ${chart} chart's state at this step`);
  let raw: unknown;
  try {
    raw = evaluateLiteral(statement.expression);
  } catch (error) {
    if (error instanceof NotLiteralError)
      return fail(step, `<Step id="${id}">: state must be plain data (${error.message})`);
    throw error;
  }
  const parsed = spec.stateSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    const at = issue.path.length ? ` at "${issue.path.join(".")}"` : "";
    return fail(step, `<Step id="${id}">: invalid ${chart} state${at}: ${issue.message}`);
  }
  const problem = spec.check(chartData(chart, locale), parsed.data);
  return problem ? fail(step, `<Step id="${id}">: ${problem}`) : parsed.data;
}

/** A step checked and told its chart, edition and chapter; its summary for the share pages. */
function checkStep(step: MdxJsxFlowElement, chart: string, chapter: Chapter): ScrollySummary["steps"][number] {
  step.data = { ...step.data, inScrolly: true } as typeof step.data;
  const { locale, facts, file } = chapter;
  const id = stepId(step, chapter);
  const headline = stepHeadline(step, id, locale, chapter.fail);
  const state = stepState(step, id, chart, chapter);
  // An unknown fact is reported with its line when the visit reaches it.
  const factText = (factId: string) => {
    const fact = facts.get(factId);
    return fact ? formatFact(fact, locale) : "";
  };
  setAttribute(step, "chart", chart);
  setAttribute(step, "locale", locale);
  setAttribute(step, "chapter", path.basename(file.path, ".mdx"));
  return { id, headline, state, text: stepText(step, factText) };
}

/** A `<Scrolly>` section: a known chart and only steps, each checked; the section learns its steps' states. */
function checkSection(section: JsxElement, chapter: Chapter): ScrollySummary {
  const { fail } = chapter;
  const known = Object.keys(chartSpecs).join(", ");
  const chart = attribute(section, "chart")?.value;
  if (typeof chart !== "string") return fail(section, `<Scrolly> needs chart="…"; known charts: ${known}`);
  if (!chartSpecs[chart]) return fail(section, `<Scrolly chart="${chart}">: unknown chart; known charts: ${known}`);
  const steps: ScrollySummary["steps"] = [];
  for (const child of section.children) {
    if (child.type === "mdxJsxFlowElement" && child.name === "Step") steps.push(checkStep(child, chart, chapter));
    else if (child.type === "mdxJsxFlowElement" || child.type === "paragraph" || child.type === "heading")
      fail(child, `<Scrolly chart="${chart}"> may contain only <Step> elements; move this outside the section`);
  }
  if (steps.length === 0) return fail(section, `<Scrolly chart="${chart}"> has no <Step>; add at least one`);
  setAttribute(section, "locale", chapter.locale);
  setAttribute(section, "steps", JSON.stringify(steps.map(({ id, state }) => ({ id, state }))));
  return { chart, steps };
}

/**
 * Checks and annotates a chapter's scrolly sections while the MDX compiles: every `<Scrolly chart>`
 * names a known chart; every `<Step>` has a unique, URL-safe `id`, a short `headline` of its own (its
 * share title and card headline) and a `state` that is plain data valid for that chart; every
 * `<Fact id>` exists. Errors name the file and line. Steps learn their chart and locale, sections the
 * list of their steps' states, and the chapter index the charts and each step's state and words.
 */
export function remarkScrolly() {
  return (tree: Root, file: VFile) => {
    const chapter = chapterOf(tree, file);
    const scrollies: ScrollySummary[] = [];
    let howSure = false;
    visit(tree, (node, _index, parent) => {
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const element = node as JsxElement;
      if (element.name === "Notes") return checkNotes(element, parent, chapter);
      if (element.name === "HowSure") {
        checkHowSure(element, parent, howSure, chapter);
        howSure = true;
      }
      if (element.name === "Fact" || element.name === "Cite") return checkFactMark(element, chapter);
      if (element.name === "Step" && !(element as { data?: { inScrolly?: boolean } }).data?.inScrolly)
        return chapter.fail(element, '<Step> must stand directly inside a <Scrolly chart="…"> section');
      if (element.name === "Scrolly") scrollies.push(checkSection(element, chapter));
    });
    recordInChapterIndex(file, { charts: scrollies.map((section) => section.chart), scrollies });
  };
}
