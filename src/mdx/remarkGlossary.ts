import path from "node:path";
import type { Root, RootContent, Text } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import type { VFile } from "vfile";
import { story } from "../story/story.ts";
import { termPatterns } from "../story/glossary.ts";
import { localize } from "../i18n/localize.ts";
import { isLocale, type Locale } from "../i18n/locales.ts";
import type { GlossaryEntry } from "../schemas/glossaryEntry.ts";
import { recordInChapterIndex, type TermUse } from "./chapterIndex.ts";

/** Where a chapter first uses a term: the step it stands in (its permalink), or the term's own anchor. */
export type { TermUse } from "./chapterIndex.ts";

type Parent = { children: RootContent[] };
type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Markdown whose text is not running prose: headings, links, code, raw expressions. */
const skippedTypes = new Set(["heading", "link", "linkReference", "code", "inlineCode", "html"]);

const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: "mdxJsxAttribute", name, value });

function idOf(element: JsxElement): string | undefined {
  const attr = element.attributes.find(
    (candidate): candidate is MdxJsxAttribute => candidate.type === "mdxJsxAttribute" && candidate.name === "id",
  );
  return typeof attr?.value === "string" ? attr.value : undefined;
}

type Pending = Map<string, { entry: GlossaryEntry; patterns: RegExp[] }>;

/** The earliest term in a text, the longest where two start together. */
function firstTerm(pending: Pending, text: string) {
  let best: { id: string; index: number; match: string } | undefined;
  for (const [id, { patterns }] of pending)
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      const found = pattern.exec(text);
      if (!found || found[0] === "") continue;
      const better =
        !best || found.index < best.index || (found.index === best.index && found[0].length > best.match.length);
      if (better) best = { id, index: found.index, match: found[0] };
    }
  return best;
}

/** A term's link to its glossary entry, with the entry's short definition as a CSS tooltip. */
function termElement(entry: GlossaryEntry, text: string, anchor: string, locale: Locale): MdxJsxTextElement {
  const note = `${anchor}-note`;
  return {
    type: "mdxJsxTextElement",
    name: "span",
    attributes: [attribute("class", "term")],
    children: [
      {
        type: "mdxJsxTextElement",
        name: "a",
        attributes: [
          attribute("href", `../glossary/#glossary-${entry.id}`),
          attribute("id", anchor),
          attribute("data-term", entry.id),
          attribute("aria-describedby", note),
        ],
        children: [{ type: "text", value: text }],
      },
      {
        type: "mdxJsxTextElement",
        name: "span",
        // Empty: CSS writes the definition (::before) on hover or focus; hidden where CSS does not reach.
        attributes: [
          attribute("class", "term-tip"),
          attribute("data-definition", localize(entry.short, locale)),
          attribute("hidden", ""),
        ],
        children: [],
      },
    ],
  };
}

/** Links a chapter's terms, each at its first use; `uses` records where. */
function termLinker(locale: Locale, slug: string) {
  const pending: Pending = new Map(
    story.glossary().map((entry) => [entry.id, { entry, patterns: termPatterns(entry, locale) }]),
  );
  const uses: TermUse[] = [];

  /** A text node split around the terms it uses first, in reading order. */
  function linkText(node: Text, step: string | undefined): RootContent[] {
    const out: RootContent[] = [];
    let rest = node.value;
    for (let term = firstTerm(pending, rest); term; term = firstTerm(pending, rest)) {
      const entry = pending.get(term.id)?.entry;
      if (!entry) throw new Error(`remarkGlossary: no pending term "${term.id}"`);
      const anchor = `term-${slug}-${term.id}`;
      uses.push({ id: term.id, anchor: step ?? anchor, text: term.match, note: `${anchor}-note` });
      pending.delete(term.id);
      if (term.index > 0) out.push({ type: "text", value: rest.slice(0, term.index) });
      out.push(termElement(entry, term.match, anchor, locale) as RootContent);
      rest = rest.slice(term.index + term.match.length);
    }
    if (rest !== "" || out.length === 0) out.push({ type: "text", value: rest });
    return out;
  }

  function walk(parent: Parent, step: string | undefined): void {
    parent.children = parent.children.flatMap((child) => {
      if (pending.size === 0) return [child];
      if (child.type === "text") return linkText(child, step);
      if (skippedTypes.has(child.type)) return [child];
      if (child.type === "mdxJsxFlowElement" || child.type === "mdxJsxTextElement") {
        // Only the story's own sections hold prose; notes, facts, marks and spans in another language do not.
        if (child.name === "Step") walk(child, idOf(child));
        else if (child.name === "Scrolly") walk(child, step);
        return [child];
      }
      if ("children" in child) walk(child as Parent, step);
      return [child];
    });
  }

  return { walk, uses };
}

/**
 * Links the first use of each glossary term in a chapter's prose to its entry on the edition's
 * glossary page, as plain HTML so it works without JavaScript, in print and in slides: a link,
 * and the entry's one-sentence definition as a tooltip that CSS shows on hover or focus. The
 * definition is not text of the sentence: the tooltip draws it from an attribute (a text browser
 * or a screen reader does not read it in the middle of the sentence), and the link is described by
 * the chapter's term notes, a definition list after the prose (ChapterArticle).
 * Headings, links, teacher's notes and text marked as another language are left alone. The
 * chapter index's `terms` lists the uses (term and anchor), for the glossary's links back.
 */
export function remarkGlossary() {
  return (tree: Root, file: VFile) => {
    const folder = path.basename(path.dirname(file.path));
    if (!isLocale(folder)) return;
    const linker = termLinker(folder, path.basename(file.path, path.extname(file.path)));
    linker.walk(tree, undefined);
    recordInChapterIndex(file, { terms: linker.uses });
  };
}
