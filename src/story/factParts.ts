/** A piece of text that carries facts: plain words, a fact written from its record, or a source mark. */
export type FactPart = { kind: "text"; text: string } | { kind: "fact" | "cite"; id: string };

/**
 * Splits text at the marks that `pattern` finds, in reading order. The pattern is global and captures the
 * mark's kind ("fact" or "cite", in any case) and then the fact's id.
 */
export function factParts(text: string, pattern: RegExp): FactPart[] {
  const parts: FactPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ kind: "text", text: text.slice(last, match.index) });
    parts.push({ kind: match[1]?.toLowerCase() === "fact" ? "fact" : "cite", id: match[2] ?? "" });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}
