import { describe, expect, it } from "vitest";
import { chartStyleSheet } from "../../../src/share/chartStyleSheet.ts";
import { inlineChartStyles } from "../../../src/share/inlineChartStyles.ts";

const rules = chartStyleSheet(
  `.chart .bar.is-focus rect { fill: #00f }
   .chart .bar rect { fill: #0f0; stroke: #000 }
   .chart text { font-family: system-ui; fill: #333 }
   .chart .mark:hover { fill: #f00 }`,
  new Map(),
);

describe("inlineChartStyles", () => {
  it("writes the page's rules onto each element in cascade order, the element's own style last", () => {
    const svg =
      '<svg class="chart" viewBox="0 0 10 10"><g class="bar is-focus"><rect style="opacity:0.5"/></g><g class="bar"><rect/></g><text>x</text></svg>';
    const styled = inlineChartStyles(svg, rules, "'Noto Sans'", { x: 4, width: 20 });
    expect(styled).toContain('<rect style="fill:rgb(0, 0, 255);stroke:rgb(0, 0, 0);opacity:0.5"');
    expect(styled).toContain('<rect style="fill:rgb(0, 255, 0);stroke:rgb(0, 0, 0)"');
    expect(styled).toContain("<text style=\"font-family:'Noto Sans';fill:rgb(51, 51, 51)\">");
    const root = /^<svg[^>]*>/.exec(styled)?.[0] ?? "";
    for (const attribute of ['xmlns="http://www.w3.org/2000/svg"', 'x="4"', 'width="20"', "font-family:'Noto Sans'"])
      expect(root).toContain(attribute);
  });

  it("skips what an image cannot be (hover) instead of failing", () => {
    expect(inlineChartStyles('<svg class="chart"><circle class="mark"/></svg>', rules, "serif")).not.toContain(
      "255, 0, 0",
    );
  });
});
