import type { BaseType, Selection } from "d3-selection";
import "d3-transition";
import type { Transition } from "d3-transition";
import { easeCubicInOut } from "d3-ease";

/** How long a step-to-step change takes: long enough to follow, short enough not to wait for. */
export const transitionMs = 650;

/**
 * Applies attribute changes either through a named, eased transition or at once.
 * A new call interrupts the previous transition of the same name, so fast scrolling
 * always ends on the latest state. `apply` must use only methods that selections
 * and transitions share (attr, style, text are set before or after).
 */
export function animateWith<E extends BaseType, D>(
  selection: Selection<E, D, BaseType, unknown>,
  animate: boolean,
  apply: (target: Transition<E, D, BaseType, unknown>) => void,
): void {
  if (animate) {
    apply(selection.transition("step").duration(transitionMs).ease(easeCubicInOut));
    return;
  }
  selection.interrupt("step");
  // Selections and transitions share attr/style with the same meaning; the cast lets one
  // description of the marks serve both paths.
  apply(selection as unknown as Transition<E, D, BaseType, unknown>);
}

/** Removes leaving marks, fading them out when animating. */
export function fadeOut<E extends BaseType, D>(exit: Selection<E, D, BaseType, unknown>, animate: boolean): void {
  if (animate)
    exit
      .transition("step")
      .duration(transitionMs / 2)
      .attr("opacity", 0)
      .remove();
  else exit.interrupt("step").remove();
}
