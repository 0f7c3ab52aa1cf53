import * as fs from "node:fs";
import { cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { chartSpecs } from "../../../src/charts/chartSpecs.ts";
import { story } from "../../../src/data/story.ts";
import { publishedLocales } from "../../../src/i18n/locales.ts";

// Counts the data files read, without changing what reading does.
vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  return { ...actual, readFileSync: vi.fn(actual.readFileSync) };
});

const readsOf = (name: string) =>
  vi.mocked(fs.readFileSync).mock.calls.filter(([file]) => String(file).endsWith(`${path.sep}${name}`)).length;

let dataDir: string;

beforeEach(() => {
  // A private copy of the data, so this test can edit a file and be the first to read each one.
  dataDir = mkdtempSync(path.join(tmpdir(), "story-"));
  cpSync(path.join(process.cwd(), "content", "data"), dataDir, { recursive: true });
  process.env.CONTENT_DATA_DIR = dataDir;
  vi.mocked(fs.readFileSync).mockClear();
});

afterEach(() => {
  delete process.env.CONTENT_DATA_DIR;
});

describe("story", () => {
  it("reads and checks each data file once, however often pages ask (a build asks thousands of times)", () => {
    for (let use = 0; use < 2000; use += 1) {
      story.facts();
      story.sources();
    }
    story.glossary();
    for (const locale of publishedLocales) for (const chart of Object.keys(chartSpecs)) story.chartData(chart, locale);
    const files = fs.readdirSync(dataDir);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) expect([file, readsOf(file)]).toEqual([file, 1]);
  });

  it("gives the same facts and chart data each time, until a file they come from changes", () => {
    const facts = story.facts();
    const data = story.chartData("timeline", "en");
    expect(story.facts()).toBe(facts);
    expect(story.chartData("timeline", "en")).toBe(data);

    // An edit, as `astro dev` sees it: the file's contents and time change.
    const file = path.join(dataDir, "sources.json");
    writeFileSync(file, readFileSync(file, "utf8").replace(/\n$/, "\n\n"));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    vi.mocked(fs.readFileSync).mockClear();
    expect(story.facts()).not.toBe(facts);
    expect(story.chartData("timeline", "en")).not.toBe(data);
    expect(story.chartData("timeline", "en")).toEqual(data);
    expect(readsOf("sources.json")).toBe(1);
    expect(readsOf("facts.json")).toBe(0);
  });
});
