/** A rectangle in an SVG's user units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The part of `marks` (the box around what a chart draws) inside the chart's own frame, a little
 * beyond it allowed for labels that overhang: a map draws whole provinces far outside its view.
 */
export function within(marks: Box, frame: Box, overhang = 0.04): Box {
  const left = Math.max(marks.x, frame.x - frame.width * overhang);
  const top = Math.max(marks.y, frame.y - frame.height * overhang);
  const right = Math.min(marks.x + marks.width, frame.x + frame.width * (1 + overhang));
  const bottom = Math.min(marks.y + marks.height, frame.y + frame.height * (1 + overhang));
  return { x: left, y: top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

/** The box grown by `margin` on every side. */
export function withMargin(box: Box, margin: number): Box {
  return { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin };
}
