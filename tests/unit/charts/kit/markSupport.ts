import { select } from "d3";
import { parseHTML } from "linkedom";
import type { Layer } from "../../../../src/charts/kit/layers.ts";

/** A fresh `<svg>` in a server-side DOM, as a layer to draw marks into. */
export function svgLayer(): { svg: Element; root: Layer } {
  const { document } = parseHTML("<svg></svg>");
  const svg = document.querySelector("svg") as unknown as Element;
  return { svg, root: select(svg as unknown as SVGSVGElement) as unknown as Layer };
}
