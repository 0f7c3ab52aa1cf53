import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { decompress } from "wawoff2";
import { cardCacheDir } from "./cardCacheDir.ts";

export interface PreviewFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: "normal";
}

type Edition = "zh-hant" | "zh-hans" | "en";

/**
 * As on the page (system sans-serif first, then the edition's Chinese font): Noto Sans for Latin
 * letters and signs, then Noto Sans TC or SC for Chinese (Traditional glyphs for the English edition),
 * then the other Chinese font for the few characters only it has (简 in the language list).
 */
const packages = {
  "zh-hant": ["noto-sans", "noto-sans-tc", "noto-sans-sc"],
  "zh-hans": ["noto-sans", "noto-sans-sc", "noto-sans-tc"],
  en: ["noto-sans", "noto-sans-tc", "noto-sans-sc"],
} as const;

/** The font families as SVG text names them, for the chart text resvg draws. */
export function fontFamilyFor(edition: Edition): string {
  return `'Noto Sans', '${edition === "zh-hans" ? "Noto Sans SC" : "Noto Sans TC"}'`;
}

interface Face {
  /** The font file, without its extension (.woff2, .woff). */
  file: string;
  ranges: [low: number, high: number][];
}

const facesRead = new Map<string, Face[]>();

/** A package's subsets of one weight with their unicode-ranges, from its CSS, read once per process. */
function faces(name: string, weight: 400 | 700): Face[] {
  const key = `${name}/${weight}`;
  const known = facesRead.get(key);
  if (known) return known;
  const dir = path.join(process.cwd(), "node_modules", "@fontsource", name);
  const css = readFileSync(path.join(dir, `${weight}.css`), "utf8");
  const read = [
    ...css.matchAll(/url\(\.\/files\/([^)]+)\.woff2\) format\('woff2'\)[^;]*;\s*unicode-range: ([^;]+);/g),
  ].map(([, file = "", ranges = ""]) => ({
    file: path.join(dir, "files", file),
    ranges: ranges.split(",").map((range): [number, number] => {
      const [low = "", high] = range.trim().replace(/^U\+/i, "").split("-");
      return [parseInt(low, 16), parseInt(high ?? low, 16)];
    }),
  }));
  facesRead.set(key, read);
  return read;
}

/**
 * The subsets (font files without extension) whose unicode-range covers some character of `text`, in the
 * order of the edition's packages. A range is not a promise of a glyph (Noto Sans TC lists 简 and has
 * none), so every package's subsets come along and the renderers take each character from the first
 * font that really has it.
 */
function subsetsFor(text: string, edition: Edition, weight: 400 | 700): string[] {
  const codePoints = [...new Set([...text].map((char) => char.codePointAt(0) ?? 0))];
  return packages[edition].flatMap((name) =>
    faces(name, weight)
      .filter(({ ranges }) => codePoints.some((point) => ranges.some(([low, high]) => point >= low && point <= high)))
      .map(({ file }) => file),
  );
}

/** Font files read once per process: satori keeps a parsed font for each buffer it has seen. */
const fontData = new Map<string, Buffer>();
const readFont = (file: string) =>
  fontData.get(file) ?? fontData.set(file, readFileSync(file)).get(file) ?? Buffer.alloc(0);

/**
 * The Noto Sans subsets (from the @fontsource packages) that cover `text`, for satori, so a preview
 * image draws every character on any machine, with no system fonts and no missing glyphs.
 */
export function fontsForText(text: string, edition: Edition, weight: 400 | 700): PreviewFont[] {
  // Each subset gets its own name: satori falls back across differently named fonts only, in this order.
  return subsetsFor(text, edition, weight).map((file) => ({
    name: path.basename(file),
    data: readFont(`${file}.woff`),
    weight,
    style: "normal" as const,
  }));
}

/**
 * The same subsets as font files that resvg can load (it reads TrueType, not WOFF), for the chart text
 * inside a card: each is unpacked from its WOFF2 once and kept in the card cache folder.
 */
export async function fontFilesForText(text: string, edition: Edition): Promise<string[]> {
  const folder = path.join(cardCacheDir(), "fonts");
  mkdirSync(folder, { recursive: true });
  const paths: string[] = [];
  for (const weight of [400, 700] as const) {
    for (const file of subsetsFor(text, edition, weight)) {
      const target = path.join(folder, `${path.basename(file)}.ttf`);
      if (!existsSync(target)) {
        // Written aside and renamed: another worker may be reading the same file.
        const partial = `${target}.${process.pid}-${threadId}`;
        writeFileSync(partial, await decompress(readFileSync(`${file}.woff2`)));
        renameSync(partial, target);
      }
      paths.push(target);
    }
  }
  return paths;
}
