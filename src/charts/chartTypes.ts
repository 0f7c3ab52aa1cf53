/** The box a chart draws into, measured from its container, in CSS pixels. */
export interface Size {
  width: number;
  height: number;
  /**
   * The base label size: the container's computed font-size, so chart text follows the reader's text
   * size and the slide's scale. Every label size in a chart derives from it.
   */
  fontSize: number;
}

export interface DrawOptions {
  /** Tween from the current marks to the new ones; false sets them at once (build time, reduced motion, resize). */
  animate: boolean;
}

/**
 * A chart: one idempotent draw of `(data, state)` into an `<svg>` at a size.
 * Drawing the same arguments twice leaves the same SVG; the same module runs at
 * build time (static SVG in the HTML) and in the browser (animated updates).
 */
export interface Chart<Data, State> {
  /** The chart's folder in src/charts: the browser loads `<name>/chart.ts` by it. */
  name: string;
  draw(svg: SVGSVGElement, data: Data, state: State, size: Size, options: DrawOptions): void;
}

/** What a chart instance in the page offers its scroll controller. */
export interface ChartInstance<State> {
  update(state: State, options: DrawOptions): void;
  resize(): void;
  destroy(): void;
}
