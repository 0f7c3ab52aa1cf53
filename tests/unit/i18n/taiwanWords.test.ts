import { globSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { taiwanWords } from "../../../src/i18n/taiwanWords.ts";

/** Every value under a "zh-hant" key, except a fact's `passage` (a publication's own words, quoted). */
function traditionalTexts(value: unknown, inTraditional = false): string[] {
  if (typeof value === "string") return inTraditional ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => traditionalTexts(item, inTraditional));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) =>
      key === "passage" ? [] : traditionalTexts(item, inTraditional || key === "zh-hant"),
    );
  return [];
}

/** The Traditional edition's hand-written texts, by file. */
const texts: [file: string, text: string][] = [
  ...globSync("content/chapters/zh-hant/*.mdx"),
  ...globSync("content/teach/zh-hant/*.mdx"),
  // The interface strings: the Chinese forms can only be in its Traditional table.
  "src/i18n/ui.ts",
].map((file) => [file, readFileSync(file, "utf8")]);
for (const file of [
  ...globSync("src/charts/*/strings.json"),
  // Facts, sources, the glossary and every chart's data: their Traditional words reach readers too.
  ...globSync("content/data/*.json"),
])
  texts.push([file, traditionalTexts(JSON.parse(readFileSync(file, "utf8"))).join("\n")]);

describe("the Traditional edition's words", () => {
  it("reads every text the edition is written in", () => {
    expect(texts.length).toBeGreaterThanOrEqual(14 + 2 + 4);
    expect(texts.find(([file]) => file === "content/data/facts.json")?.[1]).toMatch(/方岩渡/);
  });

  it("are Taiwan's, not Hong Kong or mainland forms", () => {
    const found = texts.flatMap(([file, text]) =>
      taiwanWords.filter(([avoid]) => text.includes(avoid)).map(([avoid, use]) => `${file}: ${avoid} → ${use}`),
    );
    expect(found).toEqual([]);
  });

  it("the list catches the forms it names", () => {
    const avoided = taiwanWords.map(([avoid]) => avoid);
    for (const form of ["甚麼", "連着", "錄得", "派發", "視頻", "傳感器", "二維碼", "合同", "統計口徑", "招引落地"])
      expect(
        avoided.some((avoid) => form.includes(avoid)),
        form,
      ).toBe(true);
  });
});
