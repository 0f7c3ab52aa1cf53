import { describe, expect, it } from "vitest";
import { pathMark } from "../../../../src/charts/kit/pathMark.ts";
import { svgLayer } from "./markSupport.ts";

describe("pathMark", () => {
  it("writes the path and, for unit dots, their stroke width", () => {
    const { svg, root } = svgLayer();
    pathMark(
      root,
      [
        { id: "a", d: "M0 0h0", strokeWidth: 4.56 },
        { id: "b", d: "M0,0H5" },
      ],
      "line",
      false,
    );
    const [dots, line] = [...svg.querySelectorAll("path.line")];
    expect([dots?.getAttribute("d"), dots?.getAttribute("stroke-width")]).toEqual(["M0 0h0", "4.6"]);
    expect(line?.hasAttribute("stroke-width")).toBe(false);
  });
});
