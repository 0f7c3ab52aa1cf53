import { describe, expect, it } from "vitest";
import { layer } from "../../../../src/charts/kit/layers.ts";
import { svgLayer } from "./markSupport.ts";

describe("layer", () => {
  it("makes a named group once, in the order first asked for, and finds it again", () => {
    const { svg, root } = svgLayer();
    const back = layer(root, "back");
    layer(root, "front");
    expect(layer(root, "back").node()).toBe(back.node());
    expect([...svg.children].map((child) => child.getAttribute("class"))).toEqual(["layer-back", "layer-front"]);
  });
});
