import { describe, expect, it } from "vitest";
import { barMarks } from "../../../../src/charts/kit/bars.ts";
import { svgLayer } from "./markSupport.ts";

const bar = (id: string, visible: boolean) => ({
  id,
  x: 10,
  width: 20,
  y: visible ? 40 : 100,
  height: visible ? 60 : 0,
  visible,
  categoryLines: [id],
  valueLines: ["5"],
  classes: ["is-focus"],
});

describe("barMarks", () => {
  it("draws each bar with its value above and category below, a bar not yet shown hidden", () => {
    const { svg, root } = svgLayer();
    const scene = {
      bars: [bar("a", true), bar("b", false)],
      baseline: 100,
      plotRight: 200,
      valueSize: 12,
      lineHeight: 12,
    };
    barMarks(root, scene, false, { width: 200, height: 120, fontSize: 10 });
    expect(svg.querySelectorAll("rect.bar.is-focus")).toHaveLength(2);
    expect(svg.querySelector('rect.bar[data-key="b"]')?.getAttribute("opacity")).toBe("0");
    expect(svg.querySelector('text.bar-value[data-key="b"]')?.getAttribute("opacity")).toBe("0");
    expect(svg.querySelector('text.bar-category[data-key="b"]')?.getAttribute("class")).toContain("is-empty");
    expect(svg.querySelector("path.baseline")?.getAttribute("d")).toBe("M0,100.0H200");
  });
});
