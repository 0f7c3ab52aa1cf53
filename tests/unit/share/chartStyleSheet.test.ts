import { readFileSync } from "node:fs";
import * as csstree from "css-tree";
import { describe, expect, it } from "vitest";
import {
  chartStyleSheet,
  pageStyles,
  resolveVariables,
  rootVariables,
  svgColour,
} from "../../../src/share/chartStyleSheet.ts";

describe("pageStyles", () => {
  it("is global.css with its imports in place, in order", () => {
    const css = pageStyles();
    expect(css).not.toContain("@import");
    expect(css.indexOf("--river:")).toBeGreaterThan(-1);
    expect(css.indexOf("--river:")).toBeLessThan(css.indexOf(".chart .bar"));
    expect(css).toContain(readFileSync("src/styles/charts.css", "utf8"));
  });
});

describe("rootVariables", () => {
  it("reads the palette from base.css, nested variables resolved", () => {
    const variables = rootVariables(":root { --a: #123456; --b: var(--a); --font: x, var(--c, serif); }");
    expect(variables.get("--a")).toBe("#123456");
    expect(variables.get("--b")).toBe("#123456");
    expect(variables.get("--font")).toBe("x, serif");
  });

  it("has the site's colours", () => {
    expect(rootVariables().get("--river")).toBe("#1f5f8b");
  });
});

describe("resolveVariables", () => {
  it("fails on a variable base.css does not define", () => {
    expect(() => resolveVariables("var(--missing)", new Map())).toThrow(/--missing is not defined/);
  });
});

describe("svgColour", () => {
  it("writes colours in the comma form SVG renderers read, and leaves other values alone", () => {
    expect(svgColour("fill", "rgb(31 95 139 / 10%)")).toBe("rgba(31, 95, 139, 0.1)");
    expect(svgColour("stroke", "#1f5f8b")).toBe("rgb(31, 95, 139)");
    expect(svgColour("fill", "none")).toBe("none");
    expect(svgColour("stroke-width", "2")).toBe("2");
  });
});

describe("chartStyleSheet", () => {
  it("keeps every chart selector of the page's styles (all of charts.css), with variables and colours resolved", () => {
    const rules = chartStyleSheet();
    // Every rule of charts.css outside at-rules, but those that size the figure's container, reaches the cards.
    const selectors: string[] = [];
    csstree.walk(csstree.parse(readFileSync("src/styles/charts.css", "utf8")), {
      visit: "Selector",
      enter(selector) {
        if (!this.atrule) selectors.push(csstree.generate(selector));
      },
    });
    const kept = new Set(rules.map((rule) => rule.selector));
    expect(rules.every((rule) => rule.selector.startsWith(".chart"))).toBe(true);
    expect(selectors.filter((selector) => !kept.has(selector) && !selector.endsWith(".figure-canvas"))).toEqual([]);
    expect(selectors.length).toBeGreaterThan(40);
    const declarations = rules.flatMap((rule) => rule.declarations.map(([, value]) => value));
    expect(declarations.some((value) => value.includes("var("))).toBe(false);
    expect(declarations.some((value) => /rgb\(\d+ /.test(value))).toBe(false);
    expect(rules.find((rule) => rule.selector === ".chart .bar")?.declarations).toEqual([
      ["fill", "rgb(169, 194, 214)"],
    ]);
  });

  it("gives each selector its specificity and leaves out rules inside media queries and outside charts", () => {
    const rules = chartStyleSheet(
      ".chart .bar.is-focus rect, .chart #x, .step svg { fill: red } @media print { .chart text { fill: blue } }",
      new Map(),
    );
    expect(rules.map((rule) => [rule.selector, rule.specificity])).toEqual([
      [".chart .bar.is-focus rect", [0, 3, 1]],
      [".chart #x", [1, 1, 0]],
    ]);
  });
});
