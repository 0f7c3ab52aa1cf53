import { select } from "d3";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { joinMarks, type MarkDatum } from "../../../../src/charts/kit/join.ts";
import type { Layer } from "../../../../src/charts/kit/layers.ts";

function layerOf(markup = "<svg><g></g></svg>") {
  const { document } = parseHTML(markup);
  const node = document.querySelector("g") as unknown as Element;
  return { node, layer: select(node as unknown as SVGGElement) as unknown as Layer };
}

const classesAndKeys = (node: Element) =>
  [...node.querySelectorAll("[data-key]")].map(
    (child) => `${child.getAttribute("data-key")} ${child.getAttribute("class")}`,
  );

describe("joinMarks", () => {
  it("writes the class, modifiers and data-key on every mark, and removes leaving ones", () => {
    const { node, layer } = layerOf();
    const draw = (data: MarkDatum[]) => joinMarks<SVGRectElement, MarkDatum>(layer, data, "rect", "bar", false);
    draw([
      { id: "a", classes: ["is-on"] },
      { id: "b", classes: [false], opacity: 0 },
    ]);
    expect(classesAndKeys(node)).toEqual(["a bar is-on", "b bar"]);
    expect(node.querySelector('[data-key="b"]')?.getAttribute("opacity")).toBe("0");
    draw([{ id: "b", classes: ["is-on"] }]);
    expect(classesAndKeys(node)).toEqual(["b bar is-on"]);
    expect(node.querySelector('[data-key="b"]')?.hasAttribute("opacity")).toBe(false);
  });

  it("keeps each kind of mark in its own group, in the order first drawn", () => {
    const { node, layer } = layerOf();
    joinMarks<SVGRectElement, MarkDatum>(layer, [], "rect", "bar", false);
    joinMarks<SVGTextElement, MarkDatum>(layer, [{ id: "a" }], "text", "label", false);
    joinMarks<SVGRectElement, MarkDatum>(layer, [{ id: "a" }], "rect", "bar", false);
    expect([...node.children].map((child) => child.getAttribute("class"))).toEqual(["layer-bar", "layer-label"]);
  });

  it("matches marks drawn at build time by their data-key", () => {
    const { node, layer } = layerOf(
      '<svg><g><g class="layer-bar"><rect class="bar" data-key="a"></rect></g></g></svg>',
    );
    const original = node.querySelector("rect");
    joinMarks<SVGRectElement, MarkDatum>(layer, [{ id: "a" }], "rect", "bar", false);
    expect(node.querySelector("rect")).toBe(original);
  });

  it("fades leaving marks out before removing them when animating, and keeps one that comes back", () => {
    const { node, layer } = layerOf();
    const draw = (ids: string[], animate: boolean) =>
      joinMarks<SVGRectElement, MarkDatum>(
        layer,
        ids.map((id) => ({ id })),
        "rect",
        "dot",
        animate,
      );
    draw(["a", "b"], false);
    draw(["a"], true);
    const leaving = node.querySelector('[data-key="b"]');
    expect(leaving?.getAttribute("class")).toContain("is-leaving");
    draw(["a", "b"], true);
    expect(node.querySelectorAll("rect")).toHaveLength(2);
    expect(leaving?.getAttribute("class")).toBe("dot");
  });
});
