import { describe, expect, it } from "vitest";
import { unitMark } from "../../../../src/charts/kit/unitMark.ts";
import { svgLayer } from "./markSupport.ts";

describe("unitMark", () => {
  it("draws each group of units as one path, dots sized by stroke width", () => {
    const { svg, root } = svgLayer();
    unitMark(root, [{ id: "grid", shape: "dot", path: "M1 1h0M2 2h0", size: 3, classes: ["tone-on"] }], "units", false);
    const path = svg.querySelector("path.units");
    expect([path?.getAttribute("class"), path?.getAttribute("stroke-width")]).toEqual(["units unit-dots tone-on", "3"]);
  });
});
