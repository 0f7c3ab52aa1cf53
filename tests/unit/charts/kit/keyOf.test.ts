import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { keyOf } from "../../../../src/charts/kit/keyOf.ts";

describe("keyOf", () => {
  it("keys bound data by the key function and build-time marks by data-key", () => {
    const key = keyOf((datum: { id: string }) => datum.id);
    expect(key.call(null, { id: "a" })).toBe("a");
    const { document } = parseHTML('<svg><g data-key="b"></g></svg>');
    const mark = document.querySelector("g");
    expect(key.call(mark, undefined as unknown as { id: string })).toBe("b");
  });
});
