import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { loadFacts } from "../../../src/story/facts.ts";
import { loadJsonRecords } from "../../../src/story/loadJsonRecords.ts";
import { loadSources } from "../../../src/story/sources.ts";

/**
 * The source archive (the full texts the passages quote) is not part of the repository.
 * SOURCES_DIR names it and must then exist (CI sets it); unset, `../shared/sources` is tried,
 * and a clone without it skips the passage check, saying so, while every other test runs.
 */
const sourcesDirSet = process.env.SOURCES_DIR !== undefined && process.env.SOURCES_DIR !== "";
const sourcesDir = sourcesDirSet
  ? path.resolve(process.env.SOURCES_DIR as string)
  : path.join(process.cwd(), "..", "shared", "sources");
const archivePresent = existsSync(sourcesDir);
const skipPassages = !sourcesDirSet && !archivePresent;
if (skipPassages)
  console.warn(
    `\n⚠ Source archive not found at ${sourcesDir}: NOT checking that each passage in content/data/facts.json ` +
      "is quoted word for word from its source. Point SOURCES_DIR at the folder of source texts to run that check.\n",
  );

afterEach(() => {
  delete process.env.CONTENT_DATA_DIR;
});

describe("the story's facts", () => {
  it.skipIf(skipPassages)("can find the source archive named by SOURCES_DIR", () => {
    expect(archivePresent, `SOURCES_DIR is set but ${sourcesDir} does not exist; fix the path or unset it`).toBe(true);
  });

  it.skipIf(skipPassages)("quote their source word for word (needs the source archive: SOURCES_DIR)", () => {
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

  it("leave out the dates no named, dated report in the archive gives", () => {
    // The inauguration day, the fifth anniversary counted from it and the December 2014 pilot.
    const facts = loadFacts();
    for (const id of ["city-inaugurated", "fifth-anniversary", "pilot-town-2014"])
      expect(facts.has(id), id).toBe(false);
    const events = loadJsonRecords("timeline.json", z.looseObject({ id: z.string(), fact: z.string() }));
    expect(events.every((event) => facts.has(event.fact))).toBe(true);
    // Xinhua's report on the first five years is dated by its own publication.
    const report = facts.get("five-year-report");
    expect(report?.kind === "date" && report.date).toBe("2024-10-01");
  });

  it("refuse a fact that cites an unknown source", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "longgang-facts-"));
    writeFileSync(path.join(dir, "sources.json"), readFileSync("content/data/sources.json"));
    writeFileSync(
      path.join(dir, "facts.json"),
      JSON.stringify([
        { id: "x", kind: "date", date: "1984", label: { "zh-hant": "x", en: "x" }, source: "nowhere", passage: "p" },
      ]),
    );
    process.env.CONTENT_DATA_DIR = dir;
    expect(() => loadFacts()).toThrow(/cites unknown source "nowhere"/);
  });
});
