import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sourcesDoc } from "../../../src/story/sourcesDoc.ts";
import { loadSources } from "../../../src/story/sources.ts";

describe("sourcesDoc", () => {
  it("writes one row per source, with the Chinese publisher's characters in English", () => {
    const doc = sourcesDoc(loadSources().values());
    const rows = doc.split("\n").filter((line) => line.startsWith("| ") && !/^\| (publisher|---) /.test(line));
    expect(rows.length).toBe(loadSources().size);
    expect(doc).toContain("| Xinhua (新华网) |");
  });

  it("matches docs/sources.md: after editing content/data/sources.json, run `npm run docs:sources`", () => {
    expect(readFileSync("docs/sources.md", "utf8")).toBe(sourcesDoc(loadSources().values()));
  });
});
