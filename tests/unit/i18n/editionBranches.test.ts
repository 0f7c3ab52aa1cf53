import { globSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * Branches on the edition that choose no words: what is counted, matched, sorted or filtered. Each is
 * `[file, the branch's text, why it is not a word]`. A branch that picks text belongs in a string table
 * in src/i18n (ui.ts, numberWords.ts) or a chart's strings.json instead.
 */
const allowed: [file: string, branch: string, why: string][] = [
  ["src/components/Glossary.astro", 'locale === "en" ? entry.term.en', "the sort key: English term or pinyin"],
  ["src/components/Glossary.astro", '{locale === "en" && (', "the English edition also shows each term in Chinese"],
  ["src/components/LanguageSwitch.astro", "edition === locale", "marks the edition being read"],
  ["src/components/SourceList.astro", 'locale === "zh-hant" ? "zh-Hant"', "the script of quoted passages"],
  ["src/components/SourceList.astro", 'locale === "zh-hant" ? "zh-hant"', "the script of quoted passages"],
  ["src/components/TermName.astro", 'locale === "en"', "the English edition also shows each term in Chinese"],
  ["src/story/chapters.ts", "chapter.locale === locale", "an edition's chapters"],
  ["src/story/glossary.ts", 'locale === "en" ? entry.matches.en', "which patterns find a term"],
  ["src/story/glossary.ts", 'locale === "en" ? "giu"', "English matches ignore case"],
  ["src/story/glossary.ts", 'locale === "en" ? "en"', "which field an error points at"],
  ["src/story/sourceName.ts", 'locale === "en" && source.chineseName', "the English edition adds the Chinese name"],
  ["src/layouts/Base.astro", "edition !== locale", "the other editions' links"],
  ["src/story/readingMinutes.ts", 'locale === "en"', "English is counted in words, Chinese in characters"],
  ["src/pages/[locale]/[chapter].astro", "other.locale === chapter.locale", "an edition's chapters"],
  ["src/pages/[locale]/[chapter]/step/[step].astro", "other.locale === chapter.locale", "an edition's chapters"],
  ["src/share/previewCards.ts", "locale === defaultLocale", "the default edition's cards also serve the site root"],
  ["src/share/previewCards.ts", "chapter.locale === locale", "an edition's chapters"],
];

const branch = /\blocale\s*[!=]==|[!=]==\s*locale\b/;

describe("edition branches", () => {
  const found = globSync("src/**/*.{ts,astro,js}")
    .filter((file) => !file.startsWith("src/i18n/"))
    .flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, index) => (branch.test(line) ? [{ file, line: index + 1, text: line.trim() }] : [])),
    );
  const isAllowed = (use: (typeof found)[number]) =>
    allowed.some(([file, text]) => use.file === file && use.text.includes(text));

  it("choose no words outside src/i18n: words come from the string tables", () => {
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((use) => !isAllowed(use)).map((use) => `${use.file}:${use.line}: ${use.text}`)).toEqual([]);
  });

  it("are each still in the code they are allowed for (the list does not outlive them)", () => {
    const stale = allowed.filter(([file, text]) => !found.some((use) => use.file === file && use.text.includes(text)));
    expect(stale).toEqual([]);
  });
});
