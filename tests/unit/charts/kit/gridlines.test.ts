import { describe, expect, it } from "vitest";
import { gridlineMarks } from "../../../../src/charts/kit/gridlines.ts";
import { svgLayer } from "./markSupport.ts";

describe("gridlineMarks", () => {
  it("draws a line across the plot and a label above its left end for each gridline", () => {
    const { svg, root } = svgLayer();
    const gridlines = [{ value: 100, y: 50, label: "100" }];
    gridlineMarks(root, { gridlines, plotRight: 300 }, false, { width: 300, height: 200, fontSize: 10 });
    expect(svg.querySelector("path.gridline")?.getAttribute("d")).toBe("M0,50.0H300");
    expect(svg.querySelector("text.gridline-label")?.getAttribute("transform")).toBe("translate(0,46.5)");
  });
});
