import { DOMParser } from "linkedom";
import type { ChartRule } from "./chartStyleSheet.ts";

const svgNamespace = "http://www.w3.org/2000/svg";

const compareSpecificity = (a: ChartRule, b: ChartRule) =>
  a.specificity[0] - b.specificity[0] || a.specificity[1] - b.specificity[1] || a.specificity[2] - b.specificity[2];

/**
 * A chart's SVG with the page's chart rules written onto each element as a `style` attribute, in cascade
 * order (specificity, then source order; the element's own style last), so an image renderer that knows
 * no stylesheet draws the chart as the page does. Every font family becomes `fontFamily`, the fonts
 * the image has. Selectors the DOM cannot match (pseudo-classes of interaction) are skipped. `attributes`
 * are set on the root, e.g. its place and size inside a larger image.
 */
export function inlineChartStyles(
  svg: string,
  rules: readonly ChartRule[],
  fontFamily: string,
  attributes: Record<string, string | number> = {},
): string {
  const markup = svg.includes("xmlns=") ? svg : svg.replace(/^<svg\b/, `<svg xmlns="${svgNamespace}"`);
  const document = new DOMParser().parseFromString(markup, "image/svg+xml");
  const root = document.documentElement;
  const matched = new Map<Element, ChartRule[]>();
  const ordered = rules.map((rule, order) => ({ rule, order }));
  ordered.sort((a, b) => compareSpecificity(a.rule, b.rule) || a.order - b.order);
  for (const { rule } of ordered) {
    let elements: Element[];
    try {
      elements = [...(root.matches(rule.selector) ? [root] : []), ...root.querySelectorAll(rule.selector)];
    } catch {
      continue;
    }
    for (const element of elements) matched.set(element, [...(matched.get(element) ?? []), rule]);
  }
  const family = (property: string, value: string) => (property === "font-family" ? fontFamily : value);
  for (const [element, elementRules] of matched) {
    const declarations = new Map<string, string>();
    for (const rule of elementRules)
      for (const [property, value] of rule.declarations) declarations.set(property, family(property, value));
    const own = element.getAttribute("style");
    const style = [...declarations].map(([property, value]) => `${property}:${value}`).join(";");
    element.setAttribute("style", own ? `${style};${own}` : style);
  }
  const rootStyle = root.getAttribute("style");
  root.setAttribute("style", `font-family:${fontFamily}${rootStyle ? `;${rootStyle}` : ""}`);
  for (const [name, value] of Object.entries(attributes)) root.setAttribute(name, String(value));
  return root.toString();
}
