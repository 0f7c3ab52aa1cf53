import { autospace, textWidth, type FontWeight } from "./textWidth.ts";

/**
 * Breaks a label into lines no wider than `maxWidth`: between characters for CJK, at spaces for
 * Latin text, never inside a number or a word ("14–35" stays whole).
 * A word wider than the line keeps a line of its own.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, weight: FontWeight = "regular"): string[] {
  const tokens = text.match(/[A-Za-z0-9,.'’“”"()%°²+/&–-]+\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = "";
  // The line's width is kept as it grows, token by token, rather than measured again each time.
  let width = 0;
  for (const token of tokens) {
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
