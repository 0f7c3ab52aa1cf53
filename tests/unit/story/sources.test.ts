import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFacts } from "../../../src/story/facts.ts";
import { loadSources } from "../../../src/story/sources.ts";
import type { Fact } from "../../../src/schemas/fact.ts";

/** Where the source texts are: SOURCES_DIR, or ../shared/sources beside the project (see facts.test.ts). */
const sourcesDir = path.resolve(process.env.SOURCES_DIR || path.join(process.cwd(), "..", "shared", "sources"));
const notesFile = path.join(sourcesDir, "supplementary-facts.md");
const haveNotes = existsSync(notesFile);

const markPattern = /\[(OFF|STATE|PRESS|WIKI)\b[^\]]*\]/g;

/**
 * The trust mark the research notes give a passage: the first mark after it on its line (a mark
 * closes the statement it follows), else the last one before it (the statement's own mark), else
 * none: an unmarked line.
 */
function markOf(passage: string, notes: string): string {
  const start = notes.indexOf(passage);
  const lineStart = notes.lastIndexOf("\n", start) + 1;
  const lineEnd = notes.indexOf("\n", start) === -1 ? notes.length : notes.indexOf("\n", start);
  const line = notes.slice(lineStart, lineEnd);
  const marks = [...line.matchAll(markPattern)].map((match) => ({ at: lineStart + match.index, mark: match[1] }));
  const after = marks.find((mark) => mark.at >= start);
  return after?.mark ?? marks.at(-1)?.mark ?? "UNMARKED";
}

/** A ⚠ aside inside another source's mark ("⚠ 378,000 in 文匯報") borrows that mark's brackets, not its trust. */
const isAside = (fact: Fact) => fact.passage.startsWith("⚠");

describe("the sources", () => {
  it("are each cited by at least one fact", () => {
    const cited = new Set([...loadFacts().values()].map((fact) => fact.source));
    const unused = [...loadSources().keys()].filter((id) => !cited.has(id));
    expect(unused, "sources no fact cites: remove them or cite them").toEqual([]);
  });

  it.skipIf(!haveNotes)("carry the trust mark their line has in supplementary-facts.md", () => {
    const notes = readFileSync(notesFile, "utf8");
    const sources = loadSources();
    const mismatches: string[] = [];
    const checked = new Set<string>();
    for (const fact of loadFacts().values()) {
      const source = sources.get(fact.source);
      if (!source || source.file !== "supplementary-facts.md" || isAside(fact)) continue;
      expect(notes, `passage of "${fact.id}"`).toContain(fact.passage);
      const mark = markOf(fact.passage, notes);
      checked.add(source.id);
      if (mark !== source.trust)
        mismatches.push(`${source.id} is ${source.trust}, but the line of "${fact.id}" is ${mark}`);
    }
    expect(mismatches).toEqual([]);
    const notesSources = [...sources.values()].filter((source) => source.file === "supplementary-facts.md");
    expect(notesSources.filter((source) => !checked.has(source.id)).map((source) => source.id)).toEqual([]);
  });

  it("mark the main source, Xinhua's own text, as state media and quotable", () => {
    const main = loadSources().get("xinhua-2024");
    expect(main?.trust).toBe("STATE");
    expect(main?.fullText).toBe(true);
  });

  it("quote to readers only publications' own words, never the research notes", () => {
    for (const source of loadSources().values())
      expect(source.fullText, source.id).toBe(source.file !== "supplementary-facts.md");
  });

  it("name no research note, trust mark or package to readers", () => {
    const shown = [...loadSources().values()].flatMap((source) =>
      [source.publisher, source.title, source.about].flatMap((text) => (text ? [text["zh-hant"], text.en] : [])),
    );
    for (const text of shown)
      expect(text).not.toMatch(/補充|supplementary|可信度|trust|npm|MIT|\[(OFF|STATE|PRESS|WIKI)/i);
  });
});
