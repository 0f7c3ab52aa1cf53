import type { Size } from "../chartTypes.ts";
import { textWidth } from "../kit/textWidth.ts";
import { wrapText } from "../kit/wrapText.ts";

/** The words of the close-up, in the edition's language. */
export interface EstuaryWords {
  /** The town on the north bank. */
  across: string;
  /** The river mouth, written over the sea it opens into. */
  mouth: string;
  /** The place on the south bank. */
  place: string;
  /** The ferry line's label, its length included. */
  ferry: string;
  /** Says that the close-up is a sketch, not a map. */
  note: string;
  /** The north arrow's letter. */
  north: string;
}

export interface EstuaryLabel {
  id: "across" | "mouth" | "place" | "ferry" | "note" | "north";
  lines: string[];
  /** The first line's baseline at its anchor. */
  x: number;
  y: number;
  size: number;
  anchor: "start" | "middle" | "end";
}

/**
 * A sketch of the river mouth, not to scale: the river running east into the sea, the town across it on the
 * north bank, the place on the south bank and the ferry line between them. The sources give these relations
 * and the crossing's length, not a river's course, so the sketch shows relations, not geography.
 */
export interface EstuaryScene {
  /** The river and the sea, as one outline. */
  water: string;
  /** The place's dot, on the south bank. */
  place: [number, number];
  /** The dot of the town across the river. */
  across: [number, number];
  /** The north arrow, pointing up. */
  arrow: string;
  labels: EstuaryLabel[];
  /** Height, in px, that the sketch lacks to fit its labels. */
  shortfall: number;
}

const f1 = (value: number) => value.toFixed(1);

/** The widest line of a wrapped label. */
const widest = (lines: string[], size: number, weight: "regular" | "bold") =>
  Math.max(0, ...lines.map((line) => textWidth(line, size, weight)));

/** Lays the sketch out in the chart's box: the coast at three fifths of the width, the banks either side. */
export function layoutEstuary(words: EstuaryWords, size: Size): EstuaryScene {
  const { width, height, fontSize: f } = size;
  const lineHeight = 1.25 * f;
  const big = 1.1 * f;
  // The sea takes what the mouth's name needs, and at least the two fifths east of the coast.
  const mouthLines = wrapText(words.mouth, f, width * 0.38 - 1.2 * f, "bold");
  const coast = Math.max(width * 0.4, Math.min(width * 0.62, width - widest(mouthLines, f, "bold") - 1.2 * f));
  const ferryX = coast / 2;
  const ferryLines = wrapText(words.ferry, f, coast - ferryX - 0.9 * f);
  const acrossLines = wrapText(words.across, big, coast - f, "bold");
  const placeLines = wrapText(words.place, big, coast - f, "bold");
  // The river at the ferry is wide enough for the ferry's label; it widens by half again to the mouth.
  const river = Math.max((ferryLines.length * lineHeight) / 2 + 0.4 * f, 1.2 * f, Math.min(0.08 * height, 3 * f));
  const riverAt = (x: number) => river * (1 + (0.5 * x) / coast);
  const atFerry = riverAt(ferryX);
  // The note keeps clear of the north arrow in the top right corner.
  const noteLines = wrapText(words.note, f, width - 2.5 * f);
  const noteBottom = 1.9 * f + (noteLines.length - 1) * lineHeight;
  const above = atFerry + 1.8 * f + (acrossLines.length - 1) * 1.25 * big + big + noteBottom;
  const below = atFerry + 1.8 * f + placeLines.length * 1.25 * big + 0.5 * f;
  const shortfall = Math.max(0, above + below - height);
  const middle = above + Math.max(0, (height - above - below) / 2);
  const north = middle - atFerry - 0.9 * f;
  const south = middle + atFerry + 0.9 * f;
  const mouth = riverAt(coast);
  // The banks bend into the coast, rounded, so the sketch reads as a river mouth and not a tee of boxes.
  const bend = Math.min(1.5 * f, coast * 0.2);
  const water = [
    `M0,${f1(middle - river)}`,
    `Q${f1(coast * 0.6)},${f1(middle - river)} ${f1(coast - bend)},${f1(middle - mouth)}`,
    `Q${f1(coast)},${f1(middle - mouth)} ${f1(coast)},${f1(middle - mouth - bend)}`,
    `V0H${f1(width)}V${f1(height)}H${f1(coast)}V${f1(middle + mouth + bend)}`,
    `Q${f1(coast)},${f1(middle + mouth)} ${f1(coast - bend)},${f1(middle + mouth)}`,
    `Q${f1(coast * 0.6)},${f1(middle + river)} 0,${f1(middle + river)}Z`,
  ].join("");
  const arrowX = width - 0.9 * f;
  const labels: EstuaryLabel[] = [
    { id: "note", lines: noteLines, x: 0.3 * f, y: 1.2 * f, size: f, anchor: "start" },
    { id: "north", lines: [words.north], x: arrowX, y: 3.2 * f, size: f, anchor: "middle" },
    {
      id: "across",
      lines: acrossLines,
      x: ferryX,
      y: north - 0.9 * f - (acrossLines.length - 1) * 1.25 * big,
      size: big,
      anchor: "middle",
    },
    {
      id: "ferry",
      lines: ferryLines,
      x: ferryX + 0.6 * f,
      y: middle - ((ferryLines.length - 1) * lineHeight) / 2 + 0.35 * f,
      size: f,
      anchor: "start",
    },
    { id: "place", lines: placeLines, x: ferryX, y: south + 0.9 * f + big, size: big, anchor: "middle" },
    {
      id: "mouth",
      lines: mouthLines,
      x: (coast + width) / 2,
      y: middle - ((mouthLines.length - 1) * lineHeight) / 2 + 0.35 * f,
      size: f,
      anchor: "middle",
    },
  ];
  return {
    water,
    place: [ferryX, south],
    across: [ferryX, north],
    arrow: `M${f1(arrowX)},${f1(2 * f)}V${f1(0.3 * f)}m${f1(-0.35 * f)},${f1(0.5 * f)}l${f1(0.35 * f)},${f1(-0.5 * f)}l${f1(0.35 * f)},${f1(0.5 * f)}`,
    labels,
    shortfall,
  };
}
