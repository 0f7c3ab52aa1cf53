import { describe, expect, it } from "vitest";
import { px } from "../../../../src/charts/kit/px.ts";

describe("px", () => {
  it("rounds to a tenth of a pixel", () => {
    expect([px(1.26), px(-0.04), px(3)]).toEqual([1.3, -0, 3]);
  });
});
