import { describe, expect, it } from "vitest";
import { rectMark } from "../../../../src/charts/kit/rectMark.ts";
import { svgLayer } from "./markSupport.ts";

describe("rectMark", () => {
  it("writes a rect's geometry to a tenth of a pixel, never a negative size", () => {
    const { svg, root } = svgLayer();
    rectMark(root, [{ id: "a", x: 1.26, y: 2, width: 10, height: -4, rx: 3 }], "band", false);
    const rect = svg.querySelector("rect.band");
    expect([...["x", "y", "width", "height", "rx"].map((name) => rect?.getAttribute(name))]).toEqual([
      "1.3",
      "2",
      "10",
      "0",
      "3",
    ]);
  });
});
