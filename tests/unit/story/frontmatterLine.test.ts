import { describe, expect, it } from "vitest";
import { frontmatterLine, lineAt } from "../../../src/story/frontmatterLine.ts";

const file = [
  "---", // 1
  "title: Guide", // 2
  "plans:", // 3
  "  - id: one", // 4
  "    parts:", // 5
  "      - minutes: 5", // 6
  "        slides:", // 7
  "          - { step: a, label: A }", // 8
  "          - step: b", // 9
  "            label: B", // 10
  "---", // 11
  "", // 12
  "Body", // 13
].join("\n");

describe("frontmatterLine", () => {
  it("finds the line of a value by its path", () => {
    expect(frontmatterLine(file, ["title"])).toBe(2);
    expect(frontmatterLine(file, ["plans", 0, "parts", 0, "slides", 0, "step"])).toBe(8);
    expect(frontmatterLine(file, ["plans", 0, "parts", 0, "slides", 1, "step"])).toBe(9);
    expect(frontmatterLine(file, ["plans", 0, "parts", 0, "slides", 1, "label"])).toBe(10);
  });

  it("finds a needle inside a value that spans several lines", () => {
    const folded = '---\ndo: >-\n  first line\n  second <Fact id="x" />\n---\n';
    expect(frontmatterLine(folded, ["do"])).toBe(2);
    expect(frontmatterLine(folded, ["do"], 'id="x"')).toBe(4);
    expect(frontmatterLine(folded, ["do"], "absent")).toBe(2);
  });

  it("falls back to the nearest ancestor for a path the file does not have", () => {
    expect(frontmatterLine(file, ["plans", 0, "parts", 0, "chapter"])).toBe(6);
  });

  it("gives undefined for a file without frontmatter", () => {
    expect(frontmatterLine("Body only", ["title"])).toBeUndefined();
  });
});

describe("lineAt", () => {
  it("counts lines from 1", () => {
    expect(lineAt("a\nb\nc", 0)).toBe(1);
    expect(lineAt("a\nb\nc", 4)).toBe(3);
  });
});
