import { describe, expect, it } from "vitest";
import { fitSize } from "../../../../src/charts/kit/fitSize.ts";
import { textWidth } from "../../../../src/charts/kit/textWidth.ts";

describe("fitSize", () => {
  it("keeps the size when every text fits, else shrinks to fit, down to a floor", () => {
    expect(fitSize(["25%"], 20, 200, "bold")).toBe(20);
    const size = fitSize(["135,000", "5,000"], 20, 80, "bold");
    expect(textWidth("135,000", size, "bold")).toBeCloseTo(80);
    expect(fitSize(["a very long label indeed"], 20, 10, "regular", 0.7)).toBe(14);
  });
});
