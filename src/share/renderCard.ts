import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import type { Locale } from "../i18n/locales.ts";
import { cardFigure, figureText, type CardFigure, type Measure } from "./cardFigure.ts";
import { cardSize, textColumn } from "./cardLayout.ts";
import type { ChartRule } from "./chartStyleSheet.ts";
import { clipText, textEms } from "./excerpt.ts";
import { fontFamilyFor, fontFilesForText, fontsForText } from "./fontsForText.ts";

/** Everything a preview card shows: plain data, so a worker thread can draw it. */
export interface CardContent {
  locale: Locale;
  /** The top line: the site's name. */
  header: string;
  /** The line above the title: chapter number and years, or what kind of page this is. */
  kicker: string;
  title: string;
  summary: string;
  figure: CardFigure;
}

const colours = { paper: "#fbfaf7", ink: "#1f1d1a", muted: "#58534b", river: "#1f5f8b", accent: "#b1361e" };

type Node = { type: string; props: Record<string, unknown> };
const box = (style: Record<string, unknown>, children: (Node | string)[] | Node | string): Node => ({
  type: "div",
  props: { style: { display: "flex", boxSizing: "border-box", ...style }, children },
});

/** Latin letters of the regular weight run narrower than the bold title's. */
const regularLatinEm = 0.5;

/**
 * Ems that fit in one line of the text column at a font size, with room at the line's end: satori wraps
 * at words, spaced ones in English and the short words of Chinese; a title's long bold words leave more
 * room than a summary's. The column has room for one line more than these sums allow.
 */
const lineEms = (size: number, text: string, fill = 0.8) => (textColumn.width * (/\s/.test(text) ? fill : 0.86)) / size;

/**
 * The title's size (px) and lines: large on two lines when it fits, smaller on more lines when it is
 * long, and the summary's lines, so kicker, title and summary always fit the card's height together.
 */
export function titleFit(title: string): { size: number; lines: number; summaryLines: number } {
  const ems = textEms(title);
  const fits = (lines: number, sizes: number[]) => sizes.find((size) => ems <= lines * lineEms(size, title));
  const two = fits(2, [64, 56, 48]);
  if (two) return { size: two, lines: 2, summaryLines: 4 };
  const three = fits(3, [48, 42, 38]);
  if (three) return { size: three, lines: 3, summaryLines: 3 };
  return { size: 34, lines: 4, summaryLines: 2 };
}

/**
 * A 1200×630 PNG preview card in the site's style and the page's language: the text column drawn by
 * satori, the figure (charts styled by the page's own rules) added to satori's SVG, and the whole
 * rasterised by resvg with fonts from the @fontsource packages, never the system's.
 */
export async function renderCard(content: CardContent, rules: readonly ChartRule[]): Promise<Buffer> {
  const text = `${content.header}${content.kicker}${content.title}${content.summary}`;
  const fonts = [...fontsForText(text, content.locale, 400), ...fontsForText(text, content.locale, 700)];
  const title = titleFit(content.title);
  const textBlock = box(
    {
      flexDirection: "column",
      width: textColumn.width + 72 + 40,
      height: "100%",
      padding: "56px 40px 56px 72px",
      justifyContent: "space-between",
    },
    [
      box({ width: textColumn.width, fontSize: 26, fontWeight: 700, color: colours.river }, content.header),
      box({ flexDirection: "column" }, [
        box(
          { width: textColumn.width, fontSize: 20, fontWeight: 700, color: colours.accent, marginBottom: 14 },
          clipText(content.kicker, (textColumn.width * 0.95) / 20, 0.52),
        ),
        box(
          { width: textColumn.width, fontSize: title.size, fontWeight: 700, color: colours.ink, lineHeight: 1.2 },
          clipText(content.title, title.lines * lineEms(title.size, content.title)),
        ),
        box(
          { width: textColumn.width, fontSize: 26, color: colours.muted, marginTop: 20, lineHeight: 1.45 },
          clipText(content.summary, title.summaryLines * lineEms(26, content.summary, 0.92), regularLatinEm),
        ),
      ]),
    ],
  );
  const root = box(
    { width: "100%", height: "100%", background: colours.paper, borderBottom: `16px solid ${colours.accent}` },
    textBlock,
  );
  const layout = await satori(root as Parameters<typeof satori>[0], { ...cardSize, fonts });
  const font = {
    loadSystemFonts: false,
    fontFiles: await fontFilesForText(figureText(content.figure), content.locale),
    defaultFontFamily: "Noto Sans",
  };
  const measure: Measure = (svg) => new Resvg(svg, { font }).getBBox();
  const figure = cardFigure(content.figure, rules, fontFamilyFor(content.locale), measure);
  const svg = layout.replace(/<\/svg>\s*$/, `${figure}</svg>`);
  return new Resvg(svg, { fitTo: { mode: "width", value: cardSize.width }, font }).render().asPng();
}
