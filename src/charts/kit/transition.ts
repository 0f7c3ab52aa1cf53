import type { BaseType, Selection } from "d3";

/** How long a step-to-step change takes: long enough to follow, short enough not to wait for. */
export const transitionMs = 650;

/** Marks still fading out, with the timer that removes them. */
const leaving = new WeakMap<Element, ReturnType<typeof setTimeout>>();

/**
 * Starts a draw: with `animate`, the attribute changes that follow are tweened by the CSS transitions
 * in charts.css (`.chart[data-animate]`: transform, opacity and geometry), so no script runs per frame;
 * without, they apply at once and any running tween jumps to its end.
 */
export function setAnimated(svg: SVGSVGElement, animate: boolean): void {
  if (!animate) {
    svg.removeAttribute("data-animate");
    return;
  }
  svg.style.setProperty("--transition-ms", `${transitionMs}ms`);
  svg.setAttribute("data-animate", "");
}

/** Removes leaving marks: faded out and then removed when animating, at once otherwise. */
export function leave<E extends BaseType, D>(exit: Selection<E, D, BaseType, unknown>, animate: boolean): void {
  if (!animate) {
    exit.remove();
    return;
  }
  exit.classed("is-leaving", true).each(function () {
    const node = this as unknown as Element;
    if (!leaving.has(node))
      leaving.set(
        node,
        setTimeout(() => node.remove(), transitionMs),
      );
  });
}

/** A mark that comes back while still fading out stays: its removal is called off. */
export function revive<E extends BaseType, D>(update: Selection<E, D, BaseType, unknown>): void {
  update.each(function () {
    const node = this as unknown as Element;
    const timer = leaving.get(node);
    if (timer === undefined) return;
    clearTimeout(timer);
    leaving.delete(node);
    node.classList.remove("is-leaving");
  });
}
