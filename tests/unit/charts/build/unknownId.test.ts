import { describe, expect, it } from "vitest";
import { unknownId } from "../../../../src/charts/build/unknownId.ts";

describe("unknownId", () => {
  it("names the field, the first unknown id and the ids there are", () => {
    const records = [{ id: "a" }, { id: "b" }];
    expect(unknownId({ show: ["a", "b"], focus: undefined }, records, "a bar")).toBeNull();
    expect(unknownId({ through: "a", focus: "x" }, records, "a bar in f.json")).toBe(
      'focus "x" is not a bar in f.json; use one of: a, b',
    );
    expect(unknownId({ show: ["a", "y"] }, records, "a bar")).toMatch(/^show "y"/);
  });
});
