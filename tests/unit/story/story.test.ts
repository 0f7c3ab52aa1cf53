import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chartData } from "../../../src/charts/build/chartData.ts";
import { chartSpecs } from "../../../src/charts/build/chartSpecs.ts";
import { story } from "../../../src/story/story.ts";
import { publishedLocales } from "../../../src/i18n/locales.ts";

let dataDir: string;
const savedAt = new Date("2020-01-01T00:00:00Z");

beforeEach(() => {
  // A private copy of the data, with whole-second times, so a test can edit a file and put its time back.
  dataDir = mkdtempSync(path.join(tmpdir(), "story-"));
  cpSync(path.join(process.cwd(), "content", "data"), dataDir, { recursive: true });
  for (const file of readdirSync(dataDir)) utimesSync(path.join(dataDir, file), savedAt, savedAt);
  process.env.CONTENT_DATA_DIR = dataDir;
});

afterEach(() => {
  delete process.env.CONTENT_DATA_DIR;
});

/** Everything a build asks for, many times over (a build asks for the facts thousands of times). */
function askForEverything() {
  for (let use = 0; use < 2000; use += 1) {
    story.facts();
    story.sources();
  }
  story.glossary();
  return publishedLocales.flatMap((locale) => Object.keys(chartSpecs).map((chart) => chartData(chart, locale)));
}

describe("story", () => {
  it("reads and checks each data file once: later answers come without reading it again", () => {
    const first = askForEverything();
    // Spoil every file without changing its size or time: a second read would fail on the broken JSON.
    for (const name of readdirSync(dataDir)) {
      const file = path.join(dataDir, name);
      writeFileSync(file, "x".repeat(statSync(file).size));
      utimesSync(file, savedAt, savedAt);
    }
    expect(askForEverything()).toEqual(first);
  });

  it("gives the same facts and chart data each time, until a file they come from changes", () => {
    const facts = story.facts();
    const data = chartData("timeline", "en");
    expect(story.facts()).toBe(facts);
    expect(chartData("timeline", "en")).toBe(data);

    // An edit, as `astro dev` sees it: the file's contents and time change.
    const file = path.join(dataDir, "facts.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"1868"', '"1869"'));
    expect(story.facts()).not.toBe(facts);
    expect(chartData("timeline", "en")).not.toEqual(data);
  });
});
