import { readFileSync } from "node:fs";
import path from "node:path";

export interface PreviewFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: "normal";
}

const packages = { "zh-hans": "noto-sans-sc", "zh-hant": "noto-sans-tc", en: "noto-sans-tc" } as const;

function inRange(codePoint: number, range: string): boolean {
  return range.split(",").some((part) => {
    const [start = "", end] = part.trim().replace(/^U\+/i, "").split("-");
    const low = parseInt(start, 16);
    return end === undefined ? codePoint === low : codePoint >= low && codePoint <= parseInt(end, 16);
  });
}

/**
 * The Noto Sans subsets (from the @fontsource packages) that cover `text`, so a preview
 * image draws every character on any machine, with no system fonts and no missing glyphs.
 */
export function fontsForText(text: string, edition: keyof typeof packages, weight: 400 | 700): PreviewFont[] {
  const dir = path.join(process.cwd(), "node_modules", "@fontsource", packages[edition]);
  const css = readFileSync(path.join(dir, `${weight}.css`), "utf8");
  const codePoints = [...new Set([...text].map((char) => char.codePointAt(0) ?? 0))];
  const faces = [...css.matchAll(/url\(\.\/files\/([^)]+\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g)];
  return (
    faces
      .filter(([, , range = ""]) => codePoints.some((codePoint) => inRange(codePoint, range)))
      // Each subset gets its own name: satori falls back across differently named fonts only.
      .map(([, file = ""]) => ({
        name: `Noto Sans ${file}`,
        data: readFileSync(path.join(dir, "files", file)),
        weight,
        style: "normal" as const,
      }))
  );
}
