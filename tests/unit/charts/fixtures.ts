import { parseHTML } from "linkedom";
import type { Chart, Size } from "../../../src/charts/chartTypes.ts";
import type { PopulationData } from "../../../src/charts/population/chart.ts";
import type { TimelineData } from "../../../src/charts/timeline/chart.ts";

export const desktop: Size = { width: 640, height: 440, fontSize: 15 };
export const phone: Size = { width: 340, height: 380, fontSize: 13 };
/** A phone with text at 200%: charts get twice the font size in the same box. */
export const zoomedPhone: Size = { width: 300, height: 330, fontSize: 26 };

/** Draws a chart state into a fresh server-side DOM and returns its `<svg>`. */
export function drawn<Data, State>(chart: Chart<Data, State>, data: Data, state: State, size: Size = desktop) {
  const { document } = parseHTML("<html><body></body></html>");
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg") as unknown as SVGSVGElement;
  document.body.appendChild(svg as unknown as Node);
  chart.draw(svg, data, state, size, { animate: false });
  return svg as unknown as Element;
}

/** How many unit marks a unit path holds (one subpath each). */
export const unitCount = (path: string | null | undefined) => (path?.match(/M/g) ?? []).length;

/** An element as text, attributes sorted by name (their order in the markup carries no meaning). */
function canonical(element: Element): string {
  const attributes = element
    .getAttributeNames()
    .sort()
    .map((name) => `${name}="${element.getAttribute(name)}"`);
  const children = [...element.childNodes].map((child) =>
    child.nodeType === 1 ? canonical(child as Element) : (child.textContent ?? ""),
  );
  return `<${element.localName} ${attributes.join(" ")}>${children.join("")}</${element.localName}>`;
}

/** Draws two states, then the first again: an idempotent chart leaves the same SVG. */
export function redrawn<Data, State>(
  chart: Chart<Data, State>,
  data: Data,
  first: State,
  second: State,
): [string, string] {
  const svg = drawn(chart, data, first);
  const before = canonical(svg);
  chart.draw(svg as unknown as SVGSVGElement, data, second, desktop, { animate: false });
  chart.draw(svg as unknown as SVGSVGElement, data, first, desktop, { animate: false });
  return [before, canonical(svg)];
}

export const timelineData: TimelineData = {
  events: [
    { id: "ferry", at: 1868.5, dateLabel: "1868年", title: "方岩渡建成" },
    { id: "town", at: 1983.8, dateLabel: "1983年10月12日", title: "省政府批准建鎮" },
    { id: "city", at: 2019.7, dateLabel: "2019年9月25日", title: "龍港市掛牌" },
  ],
};

const bar = (id: string, category: string, value: number, label: string, qualifier: string, bound = false) => ({
  id,
  category,
  value,
  valueLabel: label,
  qualifierLabel: qualifier,
  qualifiedLabel: `${qualifier}${label}`,
  fullLabel: `${qualifier}${label}人`,
  bound,
});

export const populationData: PopulationData = {
  locale: "zh-hant",
  bars: [
    bar("a", "建鎮前", 5000, "5000", "約"),
    bar("b", "1993", 135000, "13.5萬", "約"),
    bar("c", "2024", 500000, "50萬", "近", true),
  ],
};
