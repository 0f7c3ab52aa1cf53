import { describe, expect, it } from "vitest";
import { definitionParts } from "../../../src/story/definitionParts.ts";

describe("definitionParts", () => {
  it("splits a definition at its fact and source placeholders", () => {
    expect(definitionParts("共{fact:grids}個網格。{cite:grids} 完")).toEqual([
      { kind: "text", text: "共" },
      { kind: "fact", id: "grids" },
      { kind: "text", text: "個網格。" },
      { kind: "cite", id: "grids" },
      { kind: "text", text: " 完" },
    ]);
    expect(definitionParts("plain")).toEqual([{ kind: "text", text: "plain" }]);
  });
});
