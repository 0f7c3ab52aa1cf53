import { select } from "d3";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { joinMarks } from "../../../../src/charts/kit/join.ts";

function parent() {
  const { document } = parseHTML("<svg><g></g></svg>");
  return select(document.querySelector("g") as unknown as SVGGElement);
}

describe("joinMarks", () => {
  it("writes the class, modifiers and data-key on every mark, and removes leaving ones", () => {
    const layer = parent();
    const draw = (data: { id: string; on: boolean }[]) =>
      joinMarks<SVGRectElement, { id: string; on: boolean }, SVGGElement, unknown>(layer, data, {
        tag: "rect",
        className: "bar",
        key: (d) => d.id,
        modifiers: (d) => [d.on && "is-on"],
        animate: false,
      });
    draw([
      { id: "a", on: true },
      { id: "b", on: false },
    ]);
    const node = layer.node() as unknown as Element;
    expect([...node.children].map((child) => child.getAttribute("class"))).toEqual(["bar is-on", "bar"]);
    expect([...node.children].map((child) => child.getAttribute("data-key"))).toEqual(["a", "b"]);
    draw([{ id: "b", on: true }]);
    expect(
      [...node.children].map((child) => `${child.getAttribute("data-key")} ${child.getAttribute("class")}`),
    ).toEqual(["b bar is-on"]);
  });

  it("matches marks drawn at build time by their data-key", () => {
    const { document } = parseHTML('<svg><g><rect class="bar" data-key="a"></rect></g></svg>');
    const layer = select(document.querySelector("g") as unknown as SVGGElement);
    const original = document.querySelector("rect");
    joinMarks<SVGRectElement, string, SVGGElement, unknown>(layer, ["a"], {
      tag: "rect",
      className: "bar",
      key: (d) => d,
      animate: false,
    });
    expect(document.querySelector("rect")).toBe(original);
  });

  it("fades leaving marks out before removing them when animating", () => {
    const layer = parent();
    const draw = (data: string[], animate: boolean) =>
      joinMarks<SVGRectElement, string, SVGGElement, unknown>(layer, data, {
        tag: "rect",
        className: "dot",
        key: (d) => d,
        animate,
      });
    draw(["a", "b"], false);
    draw(["a"], true);
    const leaving = (layer.node() as unknown as Element).querySelector('[data-key="b"]');
    expect(leaving?.getAttribute("class")).toContain("is-leaving");
    // Coming back before it has gone: it stays, no longer leaving.
    draw(["a", "b"], true);
    expect((layer.node() as unknown as Element).querySelectorAll("rect")).toHaveLength(2);
    expect(leaving?.getAttribute("class")).toBe("dot");
  });
});
