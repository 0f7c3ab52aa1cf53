/** A piece of a glossary definition: plain text, a fact written from its record, or a source mark. */
export type DefinitionPart =
  { kind: "text"; text: string } | { kind: "fact"; id: string } | { kind: "cite"; id: string };

const placeholder = /\{(fact|cite):([a-z0-9-]+)\}/g;

/** Splits a definition at its `{fact:<id>}` and `{cite:<id>}` placeholders, in reading order. */
export function definitionParts(template: string): DefinitionPart[] {
  const parts: DefinitionPart[] = [];
  let last = 0;
  for (const match of template.matchAll(placeholder)) {
    if (match.index > last) parts.push({ kind: "text", text: template.slice(last, match.index) });
    parts.push({ kind: match[1] === "fact" ? "fact" : "cite", id: match[2] ?? "" });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ kind: "text", text: template.slice(last) });
  return parts;
}
