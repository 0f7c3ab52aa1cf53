import type { Chart, ChartInstance, Size } from "../charts/chartTypes.ts";

/** The container's size and its computed font-size, the chart's base label size. */
function measure(container: HTMLElement): Size {
  return {
    width: Math.round(container.clientWidth),
    height: Math.round(container.clientHeight),
    fontSize: Math.round(parseFloat(getComputedStyle(container).fontSize) * 10) / 10 || 15,
  };
}

const sameSize = (a: Size, b: Size) => a.width === b.width && a.height === b.height && a.fontSize === b.fontSize;

/**
 * Mounts a chart in a container that already holds its static SVG: the same `<svg>` is re-drawn at the
 * container's real size and font size, and again whenever those change (a resize, larger text, a slide).
 * The size is measured when it changes (a ResizeObserver callback, where layout is already done), never
 * while drawing a step, so following the scroll never forces the page to lay out.
 */
export function createChart<Data, State>(
  container: HTMLElement,
  chart: Chart<Data, State>,
  data: Data,
): ChartInstance<State> {
  const existing = container.querySelector("svg");
  const svg = existing ?? container.appendChild(document.createElementNS("http://www.w3.org/2000/svg", "svg"));
  let current: State | undefined;
  let size = measure(container);
  let drawnSize: Size | null = null;

  const instance: ChartInstance<State> = {
    update(state, options) {
      current = state;
      // A hidden or collapsed figure has no room to lay out in; it is drawn when it gets some.
      if (size.width <= 0 || size.height <= 0) return;
      drawnSize = size;
      chart.draw(svg, data, state, size, options);
    },
    resize() {
      size = measure(container);
      if (current === undefined || (drawnSize && sameSize(size, drawnSize))) return;
      instance.update(current, { animate: false });
    },
    destroy() {
      observer.disconnect();
    },
  };
  const observer = new ResizeObserver(() => instance.resize());
  observer.observe(container);
  return instance;
}
