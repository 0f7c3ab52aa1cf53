import { readFileSync } from "node:fs";
import path from "node:path";
import * as csstree from "css-tree";
import { formatRgb, parse } from "culori";

/** One selector of a chart rule, with what it sets: the page's cascade, reduced to what an image needs. */
export interface ChartRule {
  selector: string;
  /** [ids, classes and attributes and pseudo-classes, types]: the CSS specificity, compared in that order. */
  specificity: [number, number, number];
  declarations: [property: string, value: string][];
}

/**
 * The page's stylesheet as the browser gets it: src/styles/global.css with its `@import`s put in place,
 * in order, so the cards read the very rules the page does, wherever they are kept.
 */
export function pageStyles(file = path.join(process.cwd(), "src/styles/global.css")): string {
  return readFileSync(file, "utf8").replace(/@import\s+(?:url\()?["']([^"']+)["']\)?\s*;/g, (_, imported: string) =>
    pageStyles(path.resolve(path.dirname(file), imported)),
  );
}

/** The custom properties of `:root` (the palette and type, in base.css), with nested var() resolved. */
export function rootVariables(css = pageStyles()): Map<string, string> {
  const variables = new Map<string, string>();
  csstree.walk(csstree.parse(css), {
    visit: "Rule",
    enter(rule) {
      if (this.atrule || csstree.generate(rule.prelude) !== ":root") return;
      rule.block.children.forEach((node) => {
        if (node.type === "Declaration" && node.property.startsWith("--"))
          variables.set(node.property, csstree.generate(node.value).trim());
      });
    },
  });
  for (const [name, value] of variables) variables.set(name, resolveVariables(value, variables));
  return variables;
}

/** Replaces every var(--name) or var(--name, fallback) with its value; an unknown name without fallback fails. */
export function resolveVariables(value: string, variables: Map<string, string>): string {
  let resolved = value;
  for (let pass = 0; resolved.includes("var("); pass += 1) {
    if (pass > 10) throw new Error(`CSS variables nest too deeply in "${value}"`);
    resolved = resolved.replace(/var\(\s*(--[\w-]+)\s*(?:,([^()]*))?\)/g, (_, name: string, fallback?: string) => {
      const found = variables.get(name) ?? fallback;
      if (found === undefined) throw new Error(`CSS variable ${name} is not defined in :root (src/styles/base.css)`);
      return found.trim();
    });
  }
  return resolved;
}

const colourProperties = new Set(["fill", "stroke", "color", "stop-color", "flood-color", "lighting-color"]);

/** A colour in the comma form (rgb(), rgba()) that SVG renderers read; other values as they are. */
export function svgColour(property: string, value: string): string {
  const colour = colourProperties.has(property) ? parse(value) : undefined;
  return colour ? formatRgb(colour) : value;
}

function specificityOf(selector: csstree.Selector): [number, number, number] {
  const counts: [number, number, number] = [0, 0, 0];
  selector.children.forEach((part) => {
    if (part.type === "IdSelector") counts[0] += 1;
    else if (part.type === "ClassSelector" || part.type === "AttributeSelector" || part.type === "PseudoClassSelector")
      counts[1] += 1;
    else if ((part.type === "TypeSelector" && part.name !== "*") || part.type === "PseudoElementSelector")
      counts[2] += 1;
  });
  return counts;
}

/** A selector for a chart or its marks: it starts at the chart's `<svg class="chart chart-<name>">`. */
const inChart = (selector: csstree.Selector) => {
  const first = selector.children.first;
  return first?.type === "ClassSelector" && (first.name === "chart" || first.name.startsWith("chart-"));
};

/**
 * The chart rules of the page's own stylesheet (those whose selector starts at `.chart`, today in
 * charts.css, with the colours and type of base.css) as the preview images need them: one entry per
 * selector, variables resolved, colours in the form SVG renderers read, in source order. Rules inside
 * at-rules (media queries) are left out: an image has no viewport or hover.
 */
export function chartStyleSheet(css = pageStyles(), variables = rootVariables(css)): ChartRule[] {
  const rules: ChartRule[] = [];
  csstree.walk(csstree.parse(css), {
    visit: "Rule",
    enter(rule) {
      if (this.atrule || rule.prelude.type !== "SelectorList") return;
      const selectors = rule.prelude.children
        .toArray()
        .filter((selector): selector is csstree.Selector => selector.type === "Selector" && inChart(selector));
      if (selectors.length === 0) return;
      const declarations: [string, string][] = [];
      rule.block.children.forEach((node) => {
        if (node.type === "Declaration")
          declarations.push([
            node.property,
            svgColour(node.property, resolveVariables(csstree.generate(node.value).trim(), variables)),
          ]);
      });
      for (const selector of selectors)
        rules.push({ selector: csstree.generate(selector), specificity: specificityOf(selector), declarations });
    },
  });
  return rules;
}
