import { factParts, type FactPart } from "../story/factParts.ts";

/** A piece of the teacher's pages' text: plain words, a fact written from its record, or a source mark. */
export type TeachTextPart = FactPart;

const tagPattern = /<(Fact|Cite)\s+id="([a-z0-9-]+)"\s*\/>/g;
const digit = /[0-9０-９]/;

/** Splits text into words and its `<Fact id="…" />` and `<Cite id="…" />` tags, in order. */
export function parseTeachText(text: string): TeachTextPart[] {
  return factParts(text, tagPattern);
}

const words = (text: string) => parseTeachText(text).flatMap((part) => (part.kind === "text" ? [part.text] : []));

/** What is wrong with a text: the message, and the offending text (to find its line). */
export interface TeachTextProblem {
  message: string;
  needle: string;
}

/** A number typed by hand outside the tags, which must come from facts.json instead; or null. */
export function handTypedNumber(text: string): TeachTextProblem | null {
  for (const plain of words(text)) {
    const found = digit.exec(plain);
    if (found) {
      const around = plain.slice(Math.max(0, found.index - 12), found.index + 12).trim();
      // The word holding the digit: it has no space, so the source holds it on one line.
      const start = plain.slice(0, found.index).search(/\S*$/);
      const end = found.index + (plain.slice(found.index).search(/\s/) + 1 || plain.length + 1) - 1;
      return {
        message: `"${around}": a number typed by hand; write it as <Fact id="…" /> from content/data/facts.json`,
        needle: plain.slice(start, end),
      };
    }
  }
  return null;
}

/** What is wrong with a piece of text, or null: a malformed tag, or a number typed by hand. */
export function teachTextProblem(text: string): TeachTextProblem | null {
  const stray = words(text).find((plain) => plain.includes("<"));
  if (stray !== undefined) {
    const tag = stray.slice(stray.indexOf("<"));
    return {
      message: `"${tag.trim().slice(0, 40)}": write tags exactly as <Fact id="…" /> or <Cite id="…" />`,
      needle: tag.slice(0, 12),
    };
  }
  return handTypedNumber(text);
}

/** The ids of the facts a text names, by `<Fact>` or `<Cite>`. */
export function factIdsIn(text: string): string[] {
  return parseTeachText(text).flatMap((part) => (part.kind === "text" ? [] : [part.id]));
}
