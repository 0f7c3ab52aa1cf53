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

describe("textWidth between scripts", () => {
  it("adds the eighth of an em that Chinese typesetting puts between ideographs and Latin letters or digits", () => {
    expect(textWidth("超過40%", 10)).toBeCloseTo(20 + 12.8 + 9.5 + 1.25);
    expect(textWidth("，40", 10)).toBeCloseTo(10 + 12.8);
  });
});
