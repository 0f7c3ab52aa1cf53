import { describe, expect, it } from "vitest";
import { figureFields, kindOf, recordId } from "../../../../src/charts/build/fields.ts";

describe("fields", () => {
  it("accepts lower-case hyphenated ids only", () => {
    expect(recordId.safeParse("town-1993").success).toBe(true);
    expect(recordId.safeParse("Town 1993").success).toBe(false);
  });

  it("makes a record of a kind with a figure's fields", () => {
    const bar = kindOf("bar", figureFields);
    expect(bar.safeParse({ kind: "bar", id: "a", fact: "f", category: { "zh-hant": "甲" } }).success).toBe(true);
    expect(bar.safeParse({ kind: "point", id: "a", fact: "f", category: { "zh-hant": "甲" } }).success).toBe(false);
  });
});
