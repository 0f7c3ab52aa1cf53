import { textWidth, type FontWeight } from "./textWidth.ts";

/**
 * Breaks a label into lines no wider than `maxWidth`: between characters for CJK, at spaces for
 * Latin text, never inside a number or a word ("14–35" stays whole).
 * A word wider than the line keeps a line of its own.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, weight: FontWeight = "regular"): string[] {
  const tokens = text.match(/[A-Za-z0-9,.'’“”"()%°²+/&–-]+\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    const candidate = line + token;
    if (line.trim() && textWidth(candidate.trimEnd(), fontSize, weight) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = candidate;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
