import { describe, expect, it } from "vitest";
import { teachLinks, teachPages } from "../../../src/lib/teachLinks.ts";

describe("teachLinks", () => {
  it("gives the classroom pages' addresses below the base path", () => {
    expect(teachLinks.guide("en")).toBe("/en/teach/");
    expect(teachLinks.worksheet("zh-hant")).toBe("/zh-hant/teach/worksheet/");
    expect(teachLinks.discussionNotes("zh-hans", "farmers-city")).toBe("/zh-hans/teach/#discuss-farmers-city");
    expect(teachLinks.handout("zh-hant")).toBe("/zh-hant/handout/");
    expect(teachLinks.csv("en", "population")).toBe("/en/data/population.csv");
    expect(teachLinks.csv("en", "growth")).toBe("/en/data/registered-businesses.csv");
    expect(teachPages).toEqual({ guide: "teach/", worksheet: "teach/worksheet/", handout: "handout/" });
  });

  it("opens a chapter as slides, at a step when one is named", () => {
    expect(teachLinks.slide("en", "farmers-city", "town-1993")).toBe("/en/farmers-city/?present#town-1993");
    expect(teachLinks.slide("en", "farmers-city")).toBe("/en/farmers-city/?present");
  });
});
