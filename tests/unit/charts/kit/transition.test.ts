import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { setAnimated, transitionMs } from "../../../../src/charts/kit/transition.ts";

describe("setAnimated", () => {
  it("marks an svg whose next changes CSS tweens, with the duration the leaving marks wait for", () => {
    const { document } = parseHTML("<svg></svg>");
    const svg = document.querySelector("svg") as unknown as SVGSVGElement;
    setAnimated(svg, true);
    expect(svg.hasAttribute("data-animate")).toBe(true);
    expect(svg.style.getPropertyValue("--transition-ms")).toBe(`${transitionMs}ms`);
    setAnimated(svg, false);
    expect(svg.hasAttribute("data-animate")).toBe(false);
  });
});
