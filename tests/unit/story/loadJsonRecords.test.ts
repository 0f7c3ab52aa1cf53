import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadJsonRecords } from "../../../src/story/loadJsonRecords.ts";
import { factSchema } from "../../../src/schemas/fact.ts";

function dataDirWith(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "longgang-data-"));
  writeFileSync(path.join(dir, name), text);
  process.env.CONTENT_DATA_DIR = dir;
  return dir;
}

afterEach(() => {
  delete process.env.CONTENT_DATA_DIR;
});

describe("loadJsonRecords", () => {
  it("names the file and line of malformed JSON", () => {
    dataDirWith("facts.json", '[\n  { "id": "a", }\n]');
    expect(() => loadJsonRecords("facts.json", factSchema)).toThrow(/facts\.json:2: malformed JSON/);
  });

  it("names the file, line, record and field of an invalid record", () => {
    dataDirWith(
      "facts.json",
      JSON.stringify(
        [
          { id: "ok", kind: "date", date: "1984", label: { "zh-hant": "x", en: "x" }, source: "s", passage: "p" },
          { id: "no-source", kind: "date", date: "1984", label: { "zh-hant": "x", en: "x" }, passage: "p" },
        ],
        null,
        2,
      ),
    );
    expect(() => loadJsonRecords("facts.json", factSchema)).toThrow(
      /facts\.json:\d+: record 2 \("no-source"\), field "source"/,
    );
  });

  it("points at the offending value", () => {
    const text =
      '[\n  {\n    "id": "bad",\n    "kind": "number",\n    "value": "lots",\n    "unit": "people",\n    "label": { "zh-hant": "x", "en": "x" },\n    "source": "s",\n    "passage": "p"\n  }\n]';
    dataDirWith("facts.json", text);
    expect(() => loadJsonRecords("facts.json", factSchema)).toThrow(/facts\.json:5: record 1 \("bad"\), field "value"/);
  });

  it("says so when the file is missing", () => {
    dataDirWith("other.json", "[]");
    expect(() => loadJsonRecords("facts.json", factSchema)).toThrow(/facts\.json: file not found/);
  });
});
