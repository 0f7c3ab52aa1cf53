import { describe, expect, it } from "vitest";
import { unitPath } from "../../../../src/charts/kit/unitPath.ts";

describe("unitPath", () => {
  it("writes one zero-length stroke per dot and one closed square per square", () => {
    expect(
      unitPath(
        [
          { x: 10, y: 20 },
          { x: 30.25, y: 40 },
        ],
        "dot",
        4,
      ),
    ).toBe("M10 20h0M30.3 40h0");
    expect(unitPath([{ x: 10, y: 20 }], "square", 4)).toBe("M8 18h4v4h-4z");
    expect(unitPath([], "dot", 4)).toBe("");
  });
});
