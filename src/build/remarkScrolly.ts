import path from "node:path";
import type { Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import type { Program } from "estree";
import GithubSlugger from "github-slugger";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { chartSpecs } from "../charts/chartSpecs.ts";
import { ContentError } from "../data/contentError.ts";
import { loadFacts } from "../data/facts.ts";
import { loadChartData } from "../data/loadChartData.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import { evaluateLiteral, NotLiteralError } from "./evaluateLiteral.ts";
import { firstIssue } from "../data/firstIssue.ts";
import { formatFact } from "../lib/formatFact.ts";
import { stepText } from "../share/stepText.ts";

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

/**
 * Checks and annotates a chapter's scrolly sections while the MDX compiles:
 * every `<Scrolly chart>` names a known chart; every `<Step>` has a unique, URL-safe
 * `id`, a short `headline` of its own (its share title and card headline) and a `state` that is
 * plain data valid for that chart; every `<Fact id>` exists.
 * Errors name the file and line. Steps learn their chart and locale, sections the list
 * of their steps' states, and the chapter's frontmatter the facts and charts it uses, and
 * each step's state and words (for its share page).
 */
export function remarkScrolly() {
  return (tree: Root, file: VFile) => {
    const filePath = path.relative(process.cwd(), file.path);
    const fail = (node: { position?: { start: { line: number } } | undefined }, message: string): never => {
      throw new ContentError(filePath, node.position?.start.line, message);
    };
    const locale = localeOf(file.path);
    const facts = loadFacts();
    const stepIds = new Set<string>();
    // Headings get ids from their text (github-slugger, as Astro does); a step may not reuse one.
    const slugger = new GithubSlugger();
    const headingIds = new Map<string, number | undefined>();
    visit(tree, "heading", (heading) => {
      headingIds.set(slugger.slug(toString(heading)), heading.position?.start.line);
    });
    const factIds = new Set<string>();
    let howSure = false;
    const charts: string[] = [];
    const scrollies: { chart: string; steps: { id: string; headline: string; state: unknown; text: string }[] }[] = [];

    visit(tree, (node, _index, parent) => {
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const element = node as JsxElement;
      if (element.name === "Notes") {
        const inStep = parent?.type === "mdxJsxFlowElement" && (parent as MdxJsxFlowElement).name === "Step";
        if (!inStep) return fail(element, "<Notes> must stand directly inside a <Step>: notes belong to a slide");
        return;
      }
      if (element.name === "HowSure") {
        if (parent?.type !== "root")
          return fail(
            element,
            "<HowSure> stands on its own, after the chapter's last section, not inside another element",
          );
        if (howSure) return fail(element, "a chapter has one <HowSure> note; gather its caveats into the first");
        howSure = true;
        return;
      }
      if (element.name === "Fact" || element.name === "Cite") {
        const id = attribute(element, "id")?.value;
        if (typeof id !== "string")
          return fail(element, `<${element.name}> needs id="…" naming a fact in content/data/facts.json`);
        if (!facts.has(id))
          return fail(element, `<${element.name} id="${id}">: no such fact; define it in content/data/facts.json`);
        factIds.add(id);
        setAttribute(element, "locale", locale);
        return;
      }
      if (element.name === "Step" && !(element as { data?: { inScrolly?: boolean } }).data?.inScrolly)
        return fail(element, '<Step> must stand directly inside a <Scrolly chart="…"> section');
      if (element.name !== "Scrolly") return;

      const chart = attribute(element, "chart")?.value;
      if (typeof chart !== "string")
        return fail(element, `<Scrolly> needs chart="…"; known charts: ${Object.keys(chartSpecs).join(", ")}`);
      const spec = chartSpecs[chart];
      if (!spec)
        return fail(
          element,
          `<Scrolly chart="${chart}">: unknown chart; known charts: ${Object.keys(chartSpecs).join(", ")}`,
        );
      charts.push(chart);
      const data = loadChartData(chart, locale, facts);
      const steps: { id: string; state: unknown }[] = [];
      const words: { headline: string; text: string }[] = [];

      for (const child of element.children) {
        if (child.type !== "mdxJsxFlowElement" || child.name !== "Step") {
          if (child.type === "mdxJsxFlowElement" || child.type === "paragraph" || child.type === "heading")
            fail(child, `<Scrolly chart="${chart}"> may contain only <Step> elements; move this outside the section`);
          continue;
        }
        child.data = { ...child.data, inScrolly: true } as typeof child.data;
        const id = attribute(child, "id")?.value;
        if (typeof id !== "string" || id === "")
          return fail(child, '<Step> needs id="…": a stable, lower-case, hyphenated name used in its URL');
        if (!stepIdPattern.test(id))
          return fail(child, `<Step id="${id}">: use lower-case letters, digits and single hyphens`);
        if (stepIds.has(id))
          return fail(child, `<Step id="${id}">: duplicate id; each step of a chapter needs its own`);
        if (headingIds.has(id))
          return fail(
            child,
            `<Step id="${id}">: the heading on line ${headingIds.get(id)} already has this id; rename the step`,
          );
        stepIds.add(id);
        const headline = stepHeadline(child, id, locale, fail);

        const stateAttr = attribute(child, "state");
        const estree = (stateAttr?.value as { data?: { estree?: Program } } | undefined)?.data?.estree;
        const statement = estree?.body[0];
        if (!statement || statement.type !== "ExpressionStatement")
          return fail(child, `<Step id="${id}"> needs state={{ … }}: the ${chart} chart's state at this step`);
        let raw: unknown;
        try {
          raw = evaluateLiteral(statement.expression);
        } catch (error) {
          if (error instanceof NotLiteralError)
            return fail(child, `<Step id="${id}">: state must be plain data (${error.message})`);
          throw error;
        }
        const parsed = spec.stateSchema.safeParse(raw);
        if (!parsed.success) {
          const issue = firstIssue(parsed.error);
          return fail(
            child,
            `<Step id="${id}">: invalid ${chart} state${issue.path.length ? ` at "${issue.path.join(".")}"` : ""}: ${issue.message}`,
          );
        }
        const problem = spec.check(data, parsed.data);
        if (problem) return fail(child, `<Step id="${id}">: ${problem}`);
        steps.push({ id, state: parsed.data });
        // An unknown fact is reported with its line when the visit reaches it.
        const factText = (factId: string) => {
          const fact = facts.get(factId);
          return fact ? formatFact(fact, locale) : "";
        };
        words.push({ headline, text: stepText(child, factText) });
        setAttribute(child, "chart", chart);
        setAttribute(child, "locale", locale);
        setAttribute(child, "chapter", path.basename(file.path, ".mdx"));
      }
      if (steps.length === 0) return fail(element, `<Scrolly chart="${chart}"> has no <Step>; add at least one`);
      setAttribute(element, "locale", locale);
      setAttribute(element, "steps", JSON.stringify(steps));
      scrollies.push({
        chart,
        steps: steps.map((step, index) => ({ ...step, headline: "", text: "", ...words[index] })),
      });
    });

    const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
    if (astro?.frontmatter) {
      astro.frontmatter.factIds = [...factIds];
      astro.frontmatter.charts = charts;
      astro.frontmatter.scrollies = scrollies;
    }
  };
}
