import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadGlossary, requireTermsUsed, termPatterns } from "../../../src/story/glossary.ts";
import { definitionParts } from "../../../src/story/definitionParts.ts";

afterEach(() => {
  delete process.env.CONTENT_DATA_DIR;
});

/** A data folder with the real facts and sources and the given glossary records. */
function glossaryWith(records: unknown[]): void {
  const dir = mkdtempSync(path.join(tmpdir(), "longgang-glossary-"));
  for (const name of ["facts.json", "sources.json"])
    copyFileSync(path.join("content/data", name), path.join(dir, name));
  writeFileSync(path.join(dir, "glossary.json"), JSON.stringify(records, null, 2));
  process.env.CONTENT_DATA_DIR = dir;
}

/** The line of the test glossary that contains `text`. */
function lineOf(text: string): number {
  const json = readFileSync(path.join(process.env.CONTENT_DATA_DIR ?? "", "glossary.json"), "utf8");
  return json.split("\n").findIndex((row) => row.includes(text)) + 1;
}

const entry = {
  id: "grid",
  term: { "zh-hant": "網格", en: "grid" },
  pinyin: "wǎnggé",
  matches: { "zh-hant": ["網格"], en: ["grids?"] },
  short: { "zh-hant": "小片區。", en: "A small patch." },
  definition: { "zh-hant": "共{fact:grids}個。{cite:grids}", en: "{fact:grids} of them.{cite:grids}" },
};

describe("the glossary", () => {
  it("defines the terms a reader needs to follow the reform", () => {
    const ids = loadGlossary().map((term) => term.id);
    for (const id of [
      "county-level-city",
      "town",
      "sub-district",
      "community",
      "grid",
      "big-department-system",
      "flat-administration",
      "self-supplied-grain-registration",
    ])
      expect(ids).toContain(id);
  });

  it("gives every term its Chinese name, pinyin and a definition in both hand-written editions", () => {
    for (const term of loadGlossary()) {
      expect(term.term["zh-hant"]).toMatch(/\p{Script=Han}/u);
      expect(term.pinyin).toMatch(/^[\p{Script=Latin} .]+$/u);
      expect(term.definition.en).not.toMatch(/[：（），、；。「」]/);
      expect(term.definition.en).not.toMatch(/["']/);
    }
  });

  it("states facts through the fact records, with the same facts in each edition", () => {
    for (const term of loadGlossary()) {
      const factsIn = (text: string) =>
        definitionParts(text)
          .filter((part) => part.kind === "fact")
          .map((part) => (part.kind === "fact" ? part.id : ""))
          .sort();
      expect(factsIn(term.definition.en), term.id).toEqual(factsIn(term.definition["zh-hant"]));
    }
  });

  it("finds Simplified chapters' words with the Traditional patterns converted", () => {
    const town = loadGlossary().find((term) => term.id === "town");
    if (!town) throw new Error("no town entry");
    const [pattern] = termPatterns(town, "zh-hans");
    expect("苍南县辖下的一个镇".match(pattern ?? /$^/)?.[0]).toBe("镇");
    expect("对岸的鳌江镇".match(pattern ?? /$^/)).toBeNull();
  });

  it("refuses a definition that names an unknown fact, with its file and line", () => {
    glossaryWith([{ ...entry, definition: { ...entry.definition, en: "{fact:no-such-fact}" } }]);
    const line = lineOf('"en": "{fact:no-such-fact}"');
    expect(() => loadGlossary()).toThrow(
      new RegExp(`glossary\\.json:${line}: term "grid": \\{fact:no-such-fact\\} names no fact`),
    );
  });

  it("refuses an entry missing an edition, with its file and line", () => {
    glossaryWith([{ ...entry, short: { "zh-hant": "小片區。" } }]);
    expect(() => loadGlossary()).toThrow(/glossary\.json:\d+: record 1 \("grid"\), field "short\.en"/);
  });

  it("refuses a duplicate id and a pattern that is not a regular expression", () => {
    glossaryWith([entry, entry]);
    expect(() => loadGlossary()).toThrow(/glossary\.json:\d+: duplicate term id "grid"/);
    glossaryWith([{ ...entry, matches: { ...entry.matches, en: ["grid("] } }]);
    expect(() => loadGlossary()).toThrow(/field "matches\.en\.0": not a valid regular expression/);
  });

  it("refuses a term that no chapter of an edition uses, naming its line", () => {
    glossaryWith([entry]);
    const line = lineOf('"en": [');
    expect(() => requireTermsUsed(loadGlossary(), new Set(), "en")).toThrow(
      new RegExp(`glossary\\.json:${line}: term "grid" is used by no chapter of the en edition`),
    );
    expect(() => requireTermsUsed(loadGlossary(), new Set(["grid"]), "en")).not.toThrow();
  });
});
