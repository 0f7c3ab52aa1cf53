import { describe, expect, it } from "vitest";
import { textWidth } from "../../../../src/charts/kit/textWidth.ts";

describe("textWidth", () => {
  it("counts CJK characters and full-width punctuation as a full em", () => {
    expect(textWidth("龍港", 10)).toBe(20);
    expect(textWidth("（推算）", 10)).toBe(40);
  });

  it("measures Latin text per character, wider in bold", () => {
    expect(textWidth("1984", 10)).toBeCloseTo(25.6);
    expect(textWidth("1984", 10, "bold")).toBeCloseTo(28);
    expect(textWidth("il", 10)).toBeLessThan(textWidth("mw", 10));
  });
});
