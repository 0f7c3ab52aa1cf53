import { describe, expect, it } from "vitest";
import { textMark } from "../../../../src/charts/kit/textMark.ts";
import { svgLayer } from "./markSupport.ts";

describe("textMark", () => {
  it("places a label by transform, one line as text, several as tspans a line apart", () => {
    const { svg, root } = svgLayer();
    textMark(root, [{ id: "a", x: 1, y: 2, lines: ["one"], size: 10, anchor: "middle" }], "label", false);
    const label = svg.querySelector("text.label");
    expect([label?.getAttribute("transform"), label?.getAttribute("text-anchor"), label?.textContent]).toEqual([
      "translate(1,2)",
      "middle",
      "one",
    ]);
    textMark(root, [{ id: "a", x: 1, y: 2, lines: ["one", "two"], size: 10, lineHeight: 12 }], "label", false);
    expect(
      [...(label?.querySelectorAll("tspan") ?? [])].map((line) => [line.textContent, line.getAttribute("dy")]),
    ).toEqual([
      ["one", null],
      ["two", "12"],
    ]);
    expect(label?.hasAttribute("text-anchor")).toBe(false);
  });
});
