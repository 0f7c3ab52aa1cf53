/**
 * Advance widths of the printable ASCII characters (space to ~), in hundredths of an em, regular and bold.
 * Measured from DejaVu Sans, the widest common system sans-serif (Linux's system-ui), so labels laid out
 * with them also fit in the narrower system fonts of other platforms.
 */
const asciiWidths = {
  regular: [
    32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84,
    84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61,
    69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59,
    82, 59, 59, 52, 64, 34, 64, 84,
  ],
  bold: [
    35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84,
    84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77,
    72, 73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71,
    65, 92, 65, 65, 58, 71, 37, 71, 84,
  ],
};

/** CJK ideographs, kana, full-width forms and CJK punctuation: one em each. */
const fullWidth = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u2026]/;
const ideograph = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const latinOrDigit = /[A-Za-z0-9]/;

export type FontWeight = "regular" | "bold";

/**
 * Width of a label in px without a browser, from per-character widths (see `asciiWidths`), plus the
 * eighth of an em that Chinese typesetting (`text-autospace`, base.css) puts between an ideograph and a
 * Latin letter or digit: the same number at build time and in the page, so a layout is identical in
 * both and errs on the wide side.
 */
export function textWidth(text: string, fontSize: number, weight: FontWeight = "regular"): number {
  const widths = asciiWidths[weight];
  let hundredths = 0;
  let previous = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 32 && code < 127) hundredths += widths[code - 32] ?? 64;
    else hundredths += fullWidth.test(char) ? 100 : 64;
    hundredths += autospace(previous, char);
    previous = char;
  }
  return (hundredths / 100) * fontSize;
}

/** The space, in hundredths of an em, that Chinese typesetting puts between two characters (see above). */
export function autospace(before: string, after: string): number {
  const boundary =
    (ideograph.test(before) && latinOrDigit.test(after)) || (latinOrDigit.test(before) && ideograph.test(after));
  return boundary ? 12.5 : 0;
}
