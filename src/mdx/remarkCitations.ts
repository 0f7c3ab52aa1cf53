import path from "node:path";
import type { Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { chartSpecs } from "../charts/build/chartSpecs.ts";
import { factUse, pageCitations, type FactUse } from "../story/pageCitations.ts";
import { story } from "../story/story.ts";
import { requireFact } from "../story/facts.ts";
import { indexSoFar, recordInChapterIndex } from "./chapterIndex.ts";

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function idOf(element: JsxElement): string {
  const attr = element.attributes.find(
    (candidate): candidate is MdxJsxAttribute => candidate.type === "mdxJsxAttribute" && candidate.name === "id",
  );
  return typeof attr?.value === "string" ? attr.value : "";
}

/** A chapter, as opposed to a teacher's page: pages outside content/chapters number their marks as they render. */
const isChapter = (usedIn: string) => usedIn.split(path.sep).includes("chapters");

/**
 * Numbers a chapter's source marks in reading order, with the one numbering of pageCitations: every
 * `<Cite>`, and every `<Fact>` whose source must be shown, gets the number of its source in this chapter
 * (`number`, `citeNumber`), so the marks run 1, 2, 3… with no gaps; the chapter's charts' sources follow,
 * unmarked. A `<Fact>` followed in its paragraph by the next mark of the same source leaves the showing to
 * that mark (`sourceShownAfter`). The numbering goes into the chapter index (`citations`) for the source
 * list; every body's fact uses go there too (`factUses`), so a teacher's page numbers its marks with the
 * rest of the page. Runs after remarkScrolly, which checks the ids and records the charts.
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
      const kind = element.name === "Cite" ? "cite" : "fact";
      elements.push({ element, use: factUse(kind, id, facts, sources, usedIn), parent });
    });
    const factUses = elements.map(({ use }) => use);
    const sourceOf = (id: string) => requireFact(facts, id, usedIn).source;
    const chartUses = indexSoFar(file).charts.flatMap((chart) =>
      (chartSpecs[chart]?.factIds() ?? []).map((id) => ({ id, cites: false })),
    );
    const citations = pageCitations([...factUses, ...chartUses], facts, sources, usedIn);
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
      if (!isChapter(usedIn)) return;
      const name = element.name === "Cite" ? "number" : "citeNumber";
      element.attributes.push({ type: "mdxJsxAttribute", name, value: String(citations.numberOf(use.id)) });
    });
    const { factIds, sourceIds } = citations;
    recordInChapterIndex(file, { factUses, ...(isChapter(usedIn) ? { citations: { factIds, sourceIds } } : {}) });
  };
}
