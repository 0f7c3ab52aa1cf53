import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadFacts } from "../../../src/data/facts.ts";
import { loadSources } from "../../../src/data/sources.ts";

const sourcesDir = process.env.SOURCES_DIR ?? path.join(process.cwd(), "..", "shared", "sources");

afterEach(() => {
  delete process.env.CONTENT_DATA_DIR;
});

describe("the story's facts", () => {
  it("can find the source files", () => {
    expect(existsSync(sourcesDir), `source texts not found at ${sourcesDir}; set SOURCES_DIR`).toBe(true);
  });

  it("quote their source word for word", () => {
    const sources = loadSources();
    const missing: string[] = [];
    for (const fact of loadFacts().values()) {
      const source = sources.get(fact.source);
      const text = readFileSync(path.join(sourcesDir, source?.file ?? ""), "utf8");
      if (!text.includes(fact.passage)) missing.push(`${fact.id}: "${fact.passage}" is not in ${source?.file}`);
    }
    expect(missing).toEqual([]);
  });

  it("label derived figures with their arithmetic", () => {
    for (const fact of loadFacts().values()) {
      if (fact.derivation) expect(fact.derivation["zh-hant"]).toMatch(/\d/);
    }
  });

  it("refuse a fact that cites an unknown source", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "longgang-facts-"));
    writeFileSync(path.join(dir, "sources.json"), readFileSync("content/data/sources.json"));
    writeFileSync(
      path.join(dir, "facts.json"),
      JSON.stringify([
        { id: "x", kind: "date", date: "1984", label: { "zh-hant": "x" }, source: "nowhere", passage: "p" },
      ]),
    );
    process.env.CONTENT_DATA_DIR = dir;
    expect(() => loadFacts()).toThrow(/cites unknown source "nowhere"/);
  });
});
