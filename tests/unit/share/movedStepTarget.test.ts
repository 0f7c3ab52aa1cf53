import { describe, expect, it } from "vitest";
import { movedStepTarget } from "../../../src/share/movedStepTarget.ts";

describe("movedStepTarget", () => {
  it("reads a step of the same chapter, or of another", () => {
    expect(movedStepTarget("fishing-village", "arrival")).toEqual({ chapter: "fishing-village", step: "arrival" });
    expect(movedStepTarget("fishing-village", "town-to-city#timeline-ferry")).toEqual({
      chapter: "town-to-city",
      step: "timeline-ferry",
    });
  });
});
