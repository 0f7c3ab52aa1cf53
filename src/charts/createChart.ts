import type { Chart, ChartInstance, Size } from "./chartTypes.ts";

/**
 * Mounts a chart in a container that already holds its static SVG: the same `<svg>`
 * is re-drawn at the container's real size, and again whenever that size changes.
 */
export function createChart<Data, State>(
  container: HTMLElement,
  chart: Chart<Data, State>,
  data: Data,
): ChartInstance<State> {
  const existing = container.querySelector("svg");
  const svg = existing ?? container.appendChild(document.createElementNS("http://www.w3.org/2000/svg", "svg"));
  let current: State | undefined;
  let drawnSize: Size = { width: 0, height: 0 };

  const measure = (): Size => ({
    width: Math.round(container.clientWidth),
    height: Math.round(container.clientHeight),
  });

  const instance: ChartInstance<State> = {
    update(state, options) {
      current = state;
      drawnSize = measure();
      if (drawnSize.width === 0 || drawnSize.height === 0) return;
      chart.draw(svg, data, state, drawnSize, options);
    },
    resize() {
      const size = measure();
      if (current === undefined || (size.width === drawnSize.width && size.height === drawnSize.height)) return;
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
