import { describe, expect, it } from "vitest";
import { chapterSchema } from "../../../src/schemas/chapter.ts";

const valid = {
  order: 1,
  title: "江口的渡船",
  years: { from: 1868, to: 1984 },
  summary: "一句足夠長的章節摘要，說明本章內容。",
};

describe("chapterSchema", () => {
  it("accepts a complete chapter", () => {
    expect(chapterSchema.parse(valid)).toEqual(valid);
  });

  it("says which field is wrong", () => {
    const noTitle = chapterSchema.safeParse({ ...valid, title: undefined });
    expect(noTitle.success).toBe(false);
    expect(noTitle.error?.issues[0]?.path).toEqual(["title"]);
    const backwards = chapterSchema.safeParse({ ...valid, years: { from: 1990, to: 1980 } });
    expect(backwards.error?.issues[0]?.message).toMatch(/must not be after/);
    const extra = chapterSchema.safeParse({ ...valid, colour: "red" });
    expect(extra.success).toBe(false);
  });

  it("maps moved steps to a step here or in another chapter, and nothing else", () => {
    const moved = { movedSteps: { zhejiang: "arrival", "town-1993": "farmers-city#piano-city" } };
    expect(chapterSchema.parse({ ...valid, ...moved })).toEqual({ ...valid, ...moved });
    for (const target of ["Arrival", "farmers-city#", "#arrival", "a b"])
      expect(chapterSchema.safeParse({ ...valid, movedSteps: { zhejiang: target } }).success, target).toBe(false);
  });

  it("no longer takes discussion questions: they live in the teacher's guide", () => {
    expect(
      chapterSchema.safeParse({ ...valid, discussion: ["一個問題，足夠長嗎？", "另一個問題，足夠長嗎？"] }).success,
    ).toBe(false);
  });
});
