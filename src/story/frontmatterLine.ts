import { isNode, parseDocument } from "yaml";

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * The line (from 1) of a value in a file's YAML frontmatter, given its path as zod or the
 * parsed data name it (`["plans", 0, "lessons", 0, "parts", 2, "slides", 1, "step"]`), so a
 * check of the parsed data can say where to fix it. Given `needle`, text the value holds (a tag,
 * a typed number), the line is that of the needle inside the value, which may span several
 * lines. A path that is not in the file gives the line of its nearest ancestor; a file without
 * frontmatter gives undefined.
 */
export function frontmatterLine(
  fileText: string,
  path: readonly (string | number)[],
  needle?: string,
): number | undefined {
  const match = frontmatterPattern.exec(fileText);
  if (!match) return undefined;
  const yamlStart = fileText.indexOf("\n") + 1;
  const document = parseDocument(match[1] ?? "");
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const [start, end] = node.range;
      const found =
        needle && depth === path.length ? fileText.slice(yamlStart + start, yamlStart + end).indexOf(needle) : -1;
      return lineAt(fileText, yamlStart + start + Math.max(found, 0));
    }
  }
  return undefined;
}

/** The line (from 1) at a character offset of a text, as an editor counts it. */
export function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}
