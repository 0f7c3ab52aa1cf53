import path from "node:path";
import type { Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { citationOrder, type FactUse } from "../data/citationOrder.ts";
import { story } from "../data/story.ts";
import { requireFact } from "../data/facts.ts";
import { showsSource } from "../data/showsSource.ts";
import { recordInChapterIndex } from "./chapterIndex.ts";

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function idOf(element: JsxElement): string {
  const attr = element.attributes.find(
    (candidate): candidate is MdxJsxAttribute => candidate.type === "mdxJsxAttribute" && candidate.name === "id",
  );
  return typeof attr?.value === "string" ? attr.value : "";
}

/**
 * Numbers a chapter's source marks in reading order. Every `<Cite>`, and every `<Fact>` whose
 * source must be shown, gets the number of its source in this chapter (`number`, `citeNumber`),
 * so the marks run 1, 2, 3… with no gaps; a `<Fact>` followed in its paragraph by the next mark of
 * the same source leaves the showing to that mark (`sourceShownAfter`); the frontmatter's `factIds` lists the chapter's facts in
 * the order the source list numbers their sources. Runs after remarkScrolly, which checks the ids.
 */
export function remarkCitations() {
  return (tree: Root, file: VFile) => {
    const usedIn = path.relative(process.cwd(), file.path);
    const facts = story.facts();
    const sources = story.sources();
    const elements: { element: JsxElement; use: FactUse; parent: unknown }[] = [];
    visit(tree, (node, _index, parent) => {
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const element = node as JsxElement;
      if (element.name !== "Fact" && element.name !== "Cite") return;
      const id = idOf(element);
      const source = sources.get(requireFact(facts, id, usedIn).source);
      const cites = element.name === "Cite" || (source !== undefined && showsSource(source));
      elements.push({ element, use: { id, cites }, parent });
    });
    const sourceOf = (id: string) => requireFact(facts, id, usedIn).source;
    const { factIds, sourceIds } = citationOrder(
      elements.map(({ use }) => use),
      facts,
      usedIn,
    );
    elements.forEach(({ element, use, parent }, index) => {
      if (!use.cites) return;
      // Two figures from one source side by side (from June 1984 to May 1989) share the later mark.
      const nextMark = elements.slice(index + 1).find((other) => other.use.cites);
      if (
        element.name === "Fact" &&
        nextMark &&
        nextMark.parent === parent &&
        sourceOf(nextMark.use.id) === sourceOf(use.id)
      ) {
        element.attributes.push({ type: "mdxJsxAttribute", name: "sourceShownAfter", value: "true" });
        return;
      }
      const number = String(sourceIds.indexOf(sourceOf(use.id)) + 1);
      const name = element.name === "Cite" ? "number" : "citeNumber";
      element.attributes.push({ type: "mdxJsxAttribute", name, value: number });
    });
    // Pages that number marks outside this body too (the teacher's guide) renumber from `factUses`.
    recordInChapterIndex(file, { factIds, factUses: elements.map(({ use }) => use) });
  };
}
