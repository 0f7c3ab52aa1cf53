import type { Size } from "../charts/chartTypes.ts";
import { staticSize } from "../charts/build/renderSvg.ts";
import { previewSize } from "../routes/previewPath.ts";

/** Where a card's figure sits: the right side of the 1200×630 image, beside the text column. */
export const figureBox = { x: 620, y: 40, width: 548, height: 534 } as const;

/**
 * The sizes a card's chart is drawn at before it is scaled into the figure box: smaller than the box,
 * so the chart's labels come out at 1.3 times their size on the page or more and stay legible when a
 * feed shows the card at a third of its width. A chart that leaves much of the box empty (a timeline,
 * a short list) is shown from a smaller drawing, larger (see cardFigure).
 */
export const cardChartSizes: Size[] = [1.3, 1.6, 1.95].map((scale) => ({
  width: Math.round(figureBox.width / scale),
  height: Math.round(figureBox.height / scale),
  fontSize: staticSize.fontSize,
}));

/** The size the cover's small figures are drawn at (labels are left out at that scale). */
export const thumbnailSize: Size = { width: 320, height: 240, fontSize: staticSize.fontSize };

/** The text column: everything left of the figure. */
export const textColumn = { width: figureBox.x - 72 - 40 } as const;

export const cardSize = previewSize;
