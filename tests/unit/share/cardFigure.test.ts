import { describe, expect, it } from "vitest";
import { cardFigure, figureText, type Measure } from "../../../src/share/cardFigure.ts";
import { figureBox } from "../../../src/share/cardLayout.ts";

const drawing = (width: number, marks: string) =>
  `<svg class="chart" viewBox="0 0 ${width} ${width}" data-marks="${marks}"></svg>`;

/** Pretends each drawing's marks fill the box given in its data-marks attribute. */
const measure: Measure = (svg) => {
  const [x = 0, y = 0, width = 0, height = 0] = (/data-marks="([^"]+)"/.exec(svg)?.[1] ?? "").split(" ").map(Number);
  return { x, y, width, height };
};

const viewBoxOf = (svg: string) => /viewBox="([^"]+)"/.exec(svg)?.[1];

describe("cardFigure", () => {
  it("crops a chart to its marks and places it in the figure box", () => {
    const figure = cardFigure({ kind: "chart", candidates: [drawing(400, "20 20 360 360")] }, [], "serif", measure);
    expect(viewBoxOf(figure)).toBe("10 10 380 380");
    expect(figure).toContain(`x="${figureBox.x}"`);
    expect(figure).toContain(`width="${figureBox.width}"`);
  });

  it("shows a smaller drawing, larger, only when the larger leaves most of the box empty", () => {
    const strip = cardFigure(
      { kind: "chart", candidates: [drawing(400, "0 200 400 40"), drawing(300, "0 100 300 80")] },
      [],
      "serif",
      measure,
    );
    expect(viewBoxOf(strip)).toBe("-10 90 320 100");
    const full = cardFigure(
      { kind: "chart", candidates: [drawing(400, "0 0 400 380"), drawing(300, "0 0 300 300")] },
      [],
      "serif",
      measure,
    );
    expect(viewBoxOf(full)).toBe("-10 -10 420 400");
  });

  it("fails when a chart draws nothing", () => {
    expect(() => cardFigure({ kind: "chart", candidates: [drawing(400, "0 0 0 0")] }, [], "serif", measure)).toThrow(
      /draws nothing/,
    );
  });

  it("lays the seven chapters out as numbered stops", () => {
    const stops = [1, 2, 3, 4, 5, 6, 7].map((number) => ({ number, svg: drawing(100, "0 0 100 100") }));
    const figure = cardFigure({ kind: "journey", stops }, [], "serif", measure);
    for (const number of [1, 7]) expect(figure).toContain(`>${number}</text>`);
    expect(figure.match(/class="chart"/g)).toHaveLength(7);
  });
});

describe("figureText", () => {
  it("collects the text a figure draws, with the digits of the stop numbers", () => {
    expect(figureText({ kind: "chart", candidates: ["<svg><text>龍港</text></svg>"] })).toContain("龍港");
    expect(figureText({ kind: "journey", stops: [] })).toContain("7");
  });
});
