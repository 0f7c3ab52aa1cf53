import { DOMParser } from "linkedom";
import { figureBox } from "./cardLayout.ts";
import type { ChartRule } from "./chartStyleSheet.ts";
import { within, withMargin, type Box } from "./contentBox.ts";
import { inlineChartStyles } from "./inlineChartStyles.ts";

/** A chapter's small figure on a cover card, with its number. */
export interface FigureStop {
  number: number;
  /** The chart's SVG, drawn at thumbnailSize. */
  svg: string;
}

/**
 * What a card shows beside its text: one chart at a step (chapter and step cards), the seven chapters
 * as a path (covers), or the seven chapters on a printed sheet (the handout). A chart comes drawn at a
 * few sizes (largest first); the card shows the one whose marks fill the figure box best.
 */
export type CardFigure =
  | { kind: "chart"; candidates: string[] }
  | { kind: "journey"; stops: FigureStop[] }
  | { kind: "handout"; stops: FigureStop[] };

/** The box around everything an SVG draws (resvg's getBBox), in its own units. */
export type Measure = (svg: string) => Box | undefined;

const colours = { paper: "#fbfaf7", sheet: "#ffffff", rule: "#ddd8cd", river: "#1f5f8b", accent: "#b1361e" };

/**
 * A smaller drawing (shown larger) replaces a larger one only when the larger leaves most of the box
 * empty and the smaller fills clearly more: charts read best at the largest size that fills the box.
 */
const emptyBelow = 0.5;
const betterBy = 1.25;
/** Charts are never shown at more than this many times their drawn size: labels would look coarse. */
const maxScale = 2.2;

/** The small figures leave out their labels: at that scale they would be specks. */
const withoutText = (svg: string) => svg.replace(/<text\b[\s\S]*?<\/text>/g, "");

function setRootAttributes(svg: string, attributes: Record<string, string | number>): string {
  const root = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
  for (const [name, value] of Object.entries(attributes)) root.setAttribute(name, String(value));
  return root.toString();
}

/** The frame a chart was drawn in: its viewBox. */
function frameOf(svg: string): Box {
  const [x = 0, y = 0, width = 0, height = 0] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? "").split(/[\s,]+/).map(Number);
  return { x, y, width, height };
}

/**
 * Places charts in boxes of the card, styled as on the page and cropped to what they draw (plus a
 * margin), so no chart is a sliver in an empty frame.
 */
function fitter(rules: readonly ChartRule[], fontFamily: string, measure: Measure) {
  return (candidates: string[], box: Box, margin = 10): string => {
    let best: { svg: string; content: Box; fill: number } | undefined;
    for (const candidate of candidates) {
      // A larger drawing that fills the box is kept: the smaller ones need not be measured.
      if (best && best.fill >= emptyBelow) break;
      const svg = inlineChartStyles(candidate, rules, fontFamily);
      const marks = measure(svg);
      if (!marks) continue;
      const drawn = within(marks, frameOf(svg));
      if (drawn.width === 0 || drawn.height === 0) continue;
      const content = withMargin(drawn, margin);
      const scale = Math.min(box.width / content.width, box.height / content.height);
      const fill = (scale * scale * content.width * content.height) / (box.width * box.height);
      if (!best || (scale <= maxScale && fill > best.fill * betterBy)) best = { svg, content, fill };
    }
    if (!best) throw new Error("A card's chart draws nothing");
    const { x, y, width, height } = best.content;
    return setRootAttributes(best.svg, { ...box, viewBox: `${x} ${y} ${width} ${height}` });
  };
}

function numberBadge(stop: FigureStop, x: number, y: number): string {
  return (
    `<circle cx="${x}" cy="${y}" r="17" fill="${colours.accent}"/>` +
    `<text x="${x}" y="${y + 7}" text-anchor="middle" font-size="20" font-weight="700" fill="${colours.paper}">${stop.number}</text>`
  );
}

type Fit = ReturnType<typeof fitter>;

/** Seven stops on a winding path: three, then three back, then the last in the middle. */
function journey(stops: FigureStop[], fit: Fit): string {
  const columns = 3;
  const cell = { width: figureBox.width / columns, height: figureBox.height / Math.ceil(stops.length / columns) };
  const centres = stops.map((_, index) => {
    const row = Math.floor(index / columns);
    const inRow = Math.min(columns, stops.length - row * columns);
    const position = index % columns;
    const column = row % 2 === 0 ? position : inRow - 1 - position;
    const offset = ((columns - inRow) * cell.width) / 2;
    return { x: offset + (column + 0.5) * cell.width, y: (row + 0.5) * cell.height };
  });
  const path = centres.map(({ x, y }, index) => `${index === 0 ? "M" : "L"}${x},${y}`).join(" ");
  const size = { width: cell.width - 22, height: cell.height - 30 };
  const tiles = stops.map((stop, index) => {
    const { x, y } = centres[index] ?? { x: 0, y: 0 };
    const tile = { x: x - size.width / 2, y: y - size.height / 2, ...size };
    const inner = { x: tile.x + 8, y: tile.y + 8, width: tile.width - 16, height: tile.height - 16 };
    return (
      `<rect x="${tile.x}" y="${tile.y}" width="${tile.width}" height="${tile.height}" rx="8" fill="${colours.sheet}" stroke="${colours.rule}" stroke-width="2"/>` +
      fit([withoutText(stop.svg)], inner, 4) +
      numberBadge(stop, tile.x + 4, tile.y + 4)
    );
  });
  return `<path d="${path}" fill="none" stroke="${colours.river}" stroke-width="6" stroke-dasharray="1 14" stroke-linecap="round"/>${tiles.join("")}`;
}

/** A printed sheet: each chapter's figure beside lines of text, as the handout lays them out. */
function handout(stops: FigureStop[], fit: Fit): string {
  const sheet = { x: 70, y: 6, width: 400, height: figureBox.height - 12 };
  const row = (sheet.height - 40) / stops.length;
  const figure = { width: row * 1.5, height: row - 10 };
  const rows = stops.map((stop, index) => {
    const y = sheet.y + 20 + index * row;
    const x = sheet.x + 24;
    const lines = [0.9, 0.75, 0.55]
      .map(
        (share, line) =>
          `<rect x="${x + figure.width + 18}" y="${y + 8 + line * 18}" width="${(sheet.width - figure.width - 66) * share}" height="8" rx="4" fill="${line === 0 ? colours.river : colours.rule}"/>`,
      )
      .join("");
    return fit([withoutText(stop.svg)], { x, y, ...figure }, 4) + lines;
  });
  const centre = `${sheet.x + sheet.width / 2} ${sheet.y + sheet.height / 2}`;
  const back = `<rect x="${sheet.x + 26}" y="${sheet.y + 14}" width="${sheet.width}" height="${sheet.height - 14}" fill="${colours.sheet}" stroke="${colours.rule}" stroke-width="2" transform="rotate(4 ${centre})"/>`;
  const front = `<rect x="${sheet.x}" y="${sheet.y}" width="${sheet.width}" height="${sheet.height}" fill="${colours.sheet}" stroke="${colours.rule}" stroke-width="2"/>`;
  return back + front + rows.join("");
}

/**
 * The card's figure as one SVG element in the figure box of the 1200×630 card, with the page's chart
 * styles written onto every chart (see inlineChartStyles) and its text in `fontFamily`.
 */
export function cardFigure(figure: CardFigure, rules: readonly ChartRule[], fontFamily: string, measure: Measure) {
  const fit = fitter(rules, fontFamily, measure);
  if (figure.kind === "chart") return fit(figure.candidates, figureBox);
  const content = figure.kind === "journey" ? journey(figure.stops, fit) : handout(figure.stops, fit);
  const { x, y, width, height } = figureBox;
  return `<svg x="${x}" y="${y}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="font-family:${fontFamily}">${content}</svg>`;
}

/** All the text a figure may draw, for choosing the font subsets that draw it. */
export function figureText(figure: CardFigure): string {
  const svgs = figure.kind === "chart" ? figure.candidates : figure.stops.map((stop) => stop.svg);
  return `0123456789${svgs.join("").replace(/<[^>]*>/g, "")}`;
}
