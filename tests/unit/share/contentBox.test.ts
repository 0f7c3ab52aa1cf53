import { describe, expect, it } from "vitest";
import { within, withMargin } from "../../../src/share/contentBox.ts";

describe("within", () => {
  it("keeps marks inside the frame, with a small overhang for labels", () => {
    const frame = { x: 0, y: 0, width: 100, height: 100 };
    expect(within({ x: -500, y: 10, width: 2000, height: 20 }, frame)).toEqual({
      x: -4,
      y: 10,
      width: 108,
      height: 20,
    });
    expect(within({ x: 10, y: 10, width: 20, height: 20 }, frame)).toEqual({ x: 10, y: 10, width: 20, height: 20 });
  });
});

describe("withMargin", () => {
  it("grows a box on every side", () => {
    expect(withMargin({ x: 10, y: 10, width: 20, height: 20 }, 5)).toEqual({ x: 5, y: 5, width: 30, height: 30 });
  });
});
