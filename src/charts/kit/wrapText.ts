import { autospace, textWidth, type FontWeight } from "./textWidth.ts";

/** Punctuation that never starts a line (kinsoku): it closes what comes before it. */
const closing = /^[、。，．：；！？）」』】〕〉》…‥・〜％]/u;
/** Punctuation that never ends a line: it opens what comes after it. */
const opening = /[（「『【〔〈《]$/u;
/** A number's end, and a unit written straight after it (1000米, 102個): the two stay on one line. */
const numberEnd = /[0-9%]$/;
const cjkUnit = /^\p{Script=Han}$/u;

/**
 * The pieces a line may break between: a Latin word or number (with its trailing space), a space,
 * or one CJK character, then joined where a typesetter would not break: closing punctuation to what
 * comes before it, opening punctuation to what follows, a number to the unit after it.
 */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  for (const token of text.match(/[A-Za-z0-9,.'’“”"()%°²+/&–-]+\s*|\s+|./gu) ?? []) {
    const last = units.at(-1);
    const joins =
      last !== undefined &&
      (closing.test(token) || opening.test(last) || (numberEnd.test(last) && cjkUnit.test(token)));
    if (joins) units[units.length - 1] = last + token;
    else units.push(token);
  }
  return units;
}

/**
 * Breaks a label into lines no wider than `maxWidth`: between characters for CJK, at spaces for
 * Latin text, never inside a number or a word ("14–35" stays whole), never before closing or after
 * opening punctuation, never between a number and its unit. A piece wider than the line keeps a line
 * of its own.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, weight: FontWeight = "regular"): string[] {
  const lines: string[] = [];
  let line = "";
  // The line's width is kept as it grows, piece by piece, rather than measured again each time.
  let width = 0;
  for (const token of breakUnits(text)) {
    const trimmed = token.trimEnd();
    const joint = (autospace(line.at(-1) ?? "", token[0] ?? "") / 100) * fontSize;
    if (line.trim() && width + joint + textWidth(trimmed, fontSize, weight) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
      width = textWidth(line, fontSize, weight);
    } else {
      line += token;
      width += joint + textWidth(token, fontSize, weight);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
