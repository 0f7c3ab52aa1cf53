import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { figureBox } from "../../../src/share/cardLayout.ts";
import { chartStyleSheet } from "../../../src/share/chartStyleSheet.ts";
import { renderCard, titleFit } from "../../../src/share/renderCard.ts";

describe("titleFit", () => {
  it("sets a short title large on two lines and a long one smaller on more", () => {
    expect(titleFit("Five years on")).toEqual({ size: 64, lines: 2, summaryLines: 4 });
    expect(titleFit("五年之後")).toMatchObject({ size: 64, lines: 2 });
    expect(titleFit("By the time of the report, Longgang had handed over 83 functions").lines).toBeGreaterThan(2);
  });
});

describe("renderCard", () => {
  it("draws a 1200×630 card whose chart has the page's colours", async () => {
    const chart =
      '<svg class="chart" viewBox="0 0 100 100"><g class="bar is-focus"><rect x="10" y="10" width="80" height="80"/></g><text x="10" y="98">2024</text></svg>';
    const png = PNG.sync.read(
      await renderCard(
        {
          locale: "en",
          header: "Longgang",
          kicker: "Chapter 6 · 2019–2024",
          title: "Five years on",
          summary: "The city's report card.",
          figure: { kind: "chart", candidates: [chart] },
        },
        chartStyleSheet(),
      ),
    );
    expect([png.width, png.height]).toEqual([1200, 630]);
    const centre = ((figureBox.y + figureBox.height / 2) * png.width + figureBox.x + figureBox.width / 2) * 4;
    // .chart .bar.is-focus rect { fill: var(--river) }, not the black of an unstyled shape.
    expect([...png.data.subarray(centre, centre + 3)]).toEqual([31, 95, 139]);
  });
});
