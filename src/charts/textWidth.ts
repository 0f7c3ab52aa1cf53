/**
 * Estimated rendered width of a label, without a browser: CJK characters take a
 * full em, Latin letters and digits a little over half. Used to keep labels
 * inside the chart and to wrap titles; errs on the wide side.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(char)) ems += 1;
    else if (/[A-Z0-9]/.test(char)) ems += 0.62;
    else if (char === " ") ems += 0.3;
    else ems += 0.55;
  }
  return ems * fontSize;
}

/** Breaks a label into lines no wider than `maxWidth`, between characters for CJK and at spaces for Latin text. */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const tokens = text.match(/[A-Za-z0-9,.'’()%-]+\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    const candidate = line + token;
    if (line && textWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = candidate;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
