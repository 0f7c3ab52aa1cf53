import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { loadFacts } from "../../../src/data/facts.ts";
import { loadJsonRecords } from "../../../src/data/loadJsonRecords.ts";
import { loadSources } from "../../../src/data/sources.ts";

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

  it("put the fifth anniversary five years to the day after the inauguration", () => {
    const facts = loadFacts();
    const dateOf = (id: string) => {
      const fact = facts.get(id);
      if (fact?.kind !== "date") throw new Error(`${id} is not a date fact`);
      return fact.date;
    };
    const inaugurated = dateOf("city-inaugurated");
    expect(inaugurated).toBe("2019-09-25");
    const fiveYearsOn = `${Number(inaugurated.slice(0, 4)) + 5}${inaugurated.slice(4)}`;
    expect(dateOf("fifth-anniversary")).toBe(fiveYearsOn);
    const events = loadJsonRecords("timeline.json", z.looseObject({ id: z.string(), fact: z.string() }));
    expect(events.find((event) => event.id === "five-years")?.fact).toBe("fifth-anniversary");
    // The report came out later: its date is not the anniversary.
    expect(dateOf("five-year-report")).toBe("2024-10-01");
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
