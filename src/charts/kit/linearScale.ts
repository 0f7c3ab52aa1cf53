import { nice, ticks } from "d3";

export interface LinearScale {
  (value: number): number;
  /** The domain widened to round numbers. */
  domain: [number, number];
  /** Round values across the domain, for gridlines. */
  ticks: number[];
}

/**
 * A linear scale on a "nice" domain with its ticks, built on d3's `nice` and `ticks`: all a bar or
 * slope chart needs of `scaleLinear`, which would bring its number formats and interpolators (about
 * 4 KB gzip) into every page that draws a chart.
 */
export function linearScale(domain: [number, number], range: [number, number], tickCount: number): LinearScale {
  const [start, stop] = nice(domain[0], domain[1], tickCount);
  const span = stop - start || 1;
  const scale = ((value: number) => range[0] + ((value - start) / span) * (range[1] - range[0])) as LinearScale;
  scale.domain = [start, stop];
  scale.ticks = ticks(start, stop, tickCount);
  return scale;
}

/** How many gridlines a value axis of this height takes: about one per four lines of labels, 2 to 5. */
export function tickCount(axisHeight: number, fontSize: number): number {
  return Math.max(2, Math.min(5, Math.floor(axisHeight / (fontSize * 4))));
}

/** How much taller a value axis running from `top` down to `bottom` must be to span three lines of labels. */
export function axisShortfall(top: number, bottom: number, fontSize: number): number {
  return Math.max(0, top + fontSize * 3 - bottom);
}
