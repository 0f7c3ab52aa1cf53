import { describe, expect, it } from "vitest";
import { factParts } from "../../../src/story/factParts.ts";

describe("factParts", () => {
  it("splits text at its marks, in order, whatever the case of the mark's kind", () => {
    expect(factParts("A {fact:town-approved} B{cite:gdp-2018}", /\{(fact|cite):([a-z0-9-]+)\}/g)).toEqual([
      { kind: "text", text: "A " },
      { kind: "fact", id: "town-approved" },
      { kind: "text", text: " B" },
      { kind: "cite", id: "gdp-2018" },
    ]);
    expect(factParts('<Fact id="a-b" />。', /<(Fact|Cite)\s+id="([a-z0-9-]+)"\s*\/>/g)).toEqual([
      { kind: "fact", id: "a-b" },
      { kind: "text", text: "。" },
    ]);
  });

  it("leaves text with no marks whole, and empty text empty", () => {
    expect(factParts("no marks", /\{(fact|cite):([a-z0-9-]+)\}/g)).toEqual([{ kind: "text", text: "no marks" }]);
    expect(factParts("", /\{(fact|cite):([a-z0-9-]+)\}/g)).toEqual([]);
  });
});
