import { describe, expect, it } from "vitest";
import { circleMark } from "../../../../src/charts/kit/circleMark.ts";
import { svgLayer } from "./markSupport.ts";

describe("circleMark", () => {
  it("writes a circle's centre and radius, hiding it by opacity when asked", () => {
    const { svg, root } = svgLayer();
    circleMark(root, [{ id: "a", cx: 5, cy: 6.04, r: 2, opacity: 0 }], "dot", false);
    const circle = svg.querySelector("circle.dot");
    expect(["cx", "cy", "r", "opacity"].map((name) => circle?.getAttribute(name))).toEqual(["5", "6", "2", "0"]);
  });
});
