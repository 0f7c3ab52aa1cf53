import type { Chart, ChartInstance, Size } from "./chartTypes.ts";

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
 * container's real size and font size, and again whenever either changes (a resize, larger text, a slide).
 */
export function createChart<Data, State>(
  container: HTMLElement,
  chart: Chart<Data, State>,
  data: Data,
): ChartInstance<State> {
  const existing = container.querySelector("svg");
  const svg = existing ?? container.appendChild(document.createElementNS("http://www.w3.org/2000/svg", "svg"));
  let current: State | undefined;
  let drawnSize: Size = { width: 0, height: 0, fontSize: 0 };

  const instance: ChartInstance<State> = {
    update(state, options) {
      current = state;
      drawnSize = measure(container);
      // A hidden or collapsed figure has no room to lay out in; it is drawn when it gets some.
      if (drawnSize.width <= 0 || drawnSize.height <= 0) return;
      chart.draw(svg, data, state, drawnSize, options);
    },
    resize() {
      if (current === undefined || sameSize(measure(container), drawnSize)) return;
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
