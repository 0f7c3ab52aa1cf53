import type { Nodes } from "mdast";

/** Nodes whose children are blocks (paragraphs), joined by a space; inline children join as written. */
const blocks = new Set(["root", "mdxJsxFlowElement", "blockquote", "list", "listItem"]);

/**
 * A step's words as plain text, for its share page and card: facts written as the prose writes them
 * (`formatFact`), citations and teacher's notes left out, paragraphs joined by a space (none between
 * Chinese sentences).
 */
export function stepText(step: Nodes, formatFact: (id: string) => string): string {
  const words = (node: Nodes): string => {
    if (node.type === "text" || node.type === "inlineCode") return node.value;
    if (node.type === "mdxJsxTextElement" || node.type === "mdxJsxFlowElement") {
      if (node.name === "Cite" || node.name === "Notes") return "";
      if (node.name === "Fact") {
        const id = node.attributes.find((attribute) => "name" in attribute && attribute.name === "id")?.value;
        return typeof id === "string" ? formatFact(id) : "";
      }
    }
    if (!("children" in node)) return "";
    const parts = (node.children as Nodes[]).map(words);
    return parts.join(blocks.has(node.type) ? " " : "");
  };
  // A line break in the source between Chinese characters is no space in the text.
  return words(step)
    .replace(/\s+/g, " ")
    .replace(/(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef]) (?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu, "")
    .trim();
}
