import { describe, expect, it } from "vitest";
import type { MarkDatum } from "../../../../src/charts/kit/join.ts";
import { markOf } from "../../../../src/charts/kit/markOf.ts";
import { svgLayer } from "./markSupport.ts";

describe("markOf", () => {
  it("makes a kind of mark whose datum sets its attributes through the keyed join", () => {
    const lineMark = markOf<SVGLineElement, MarkDatum & { to: number }>("line", { x2: (d) => d.to });
    const { svg, root } = svgLayer();
    lineMark(root, [{ id: "a", to: 7 }], "rule", false);
    expect(svg.querySelector('line.rule[data-key="a"]')?.getAttribute("x2")).toBe("7");
  });
});
