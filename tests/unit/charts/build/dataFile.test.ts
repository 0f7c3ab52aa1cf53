import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { dataFile } from "../../../../src/charts/build/dataFile.ts";
import { kindOf } from "../../../../src/charts/build/fields.ts";

afterEach(() => {
  delete process.env.CONTENT_DATA_DIR;
});

function dataDir(records: unknown[]) {
  const dir = mkdtempSync(path.join(tmpdir(), "longgang-data-"));
  for (const file of ["facts.json", "sources.json"])
    writeFileSync(path.join(dir, file), readFileSync(path.join("content/data", file)));
  writeFileSync(path.join(dir, "test.json"), JSON.stringify(records));
  process.env.CONTENT_DATA_DIR = dir;
}

const test = dataFile("test.json", [kindOf("bar", { id: z.string() }), kindOf("labels", { axis: z.string() })]);

describe("dataFile", () => {
  it("gives the records of a kind and the one record of a kind", () => {
    dataDir([
      { kind: "bar", id: "a" },
      { kind: "labels", axis: "x" },
      { kind: "bar", id: "b" },
    ]);
    const records = test.load();
    expect(records.all("bar").map((bar) => bar.id)).toEqual(["a", "b"]);
    expect(records.one("labels").axis).toBe("x");
  });

  it("fails naming the file and the record to add", () => {
    dataDir([{ kind: "bar", id: "a" }]);
    expect(() => test.load().one("labels")).toThrow(/content\/data\/test\.json.*add one record of kind "labels"/);
  });
});
