import { describe, expect, it } from "vitest";
import { planSlides, slideFromHash, type Block } from "../../../../src/client/slides/planSlides.ts";

const blocks: Block[] = [
  { kind: "prose" },
  { kind: "prose" },
  { kind: "prose" },
  { kind: "scrolly", steps: ["a", "b"] },
  { kind: "heading" },
  { kind: "prose" },
];

describe("planSlides", () => {
  it("makes a slide per step, groups prose under headings two paragraphs at a time, and adds title and end", () => {
    expect(planSlides(blocks)).toEqual([
      { kind: "title", id: "slide-title" },
      { kind: "prose", id: "slide-1", blocks: [0, 1] },
      { kind: "prose", id: "slide-2", blocks: [2] },
      { kind: "step", id: "a", block: 3, step: 0 },
      { kind: "step", id: "b", block: 3, step: 1 },
      { kind: "prose", id: "slide-3", blocks: [4, 5] },
      { kind: "end", id: "slide-end" },
    ]);
  });

  it("finds slides by hash, step ids included", () => {
    const slides = planSlides(blocks);
    expect(slideFromHash("#b", slides)).toBe(4);
    expect(slideFromHash("#slide-3", slides)).toBe(5);
    expect(slideFromHash("#nope", slides)).toBeNull();
    expect(slideFromHash("", slides)).toBeNull();
  });
});
