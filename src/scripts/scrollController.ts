import scrollama from "scrollama";

export interface StepEvent {
  index: number;
  direction: "up" | "down";
  /** How far the active step has scrolled past the trigger line, 0 to 1. */
  progress: number;
}

/** Phones stack the figure above the steps; desktops set them side by side. */
const narrowQuery = "(max-width: 52rem)";

/**
 * Where the trigger line sits, as a share of the viewport's height from its top: the one setting for
 * the controller and for every section that asks which step is at the line. Mid-screen beside a
 * side-by-side figure; lower on a phone, under the figure at the top of the screen.
 */
export function triggerOffset(): scrollama.DecimalType {
  return window.matchMedia(narrowQuery).matches ? 0.7 : 0.5;
}

/**
 * Tells which step crosses the trigger line as the reader scrolls, and nothing else:
 * it owns no graphic. Re-measures when the viewport or a step changes size (a rotated phone,
 * larger text) or the layout switches between phone and desktop, so steps never mis-fire.
 */
export function scrollController(steps: HTMLElement[], onStep: (event: StepEvent) => void): { destroy(): void } {
  let instance: scrollama.ScrollamaInstance | null = null;
  let active = -1;
  let lastDirection: StepEvent["direction"] = "down";
  const narrow = window.matchMedia(narrowQuery);

  function setup() {
    instance?.destroy();
    instance = null;
    // A hidden section (e.g. during a presentation) has no size to measure yet; wait until it has.
    if (steps.some((step) => step.offsetHeight === 0)) return;
    instance = scrollama()
      .setup({ step: steps, offset: triggerOffset(), progress: true })
      .onStepEnter(({ index, direction }) => {
        active = index;
        lastDirection = direction;
        onStep({ index, direction, progress: 0 });
      })
      // Only progress strictly inside the step is reported: scrollama also sends 1 (or 0) as a step
      // leaves, which, with several sections on a page, could arrive after the next section's step
      // has entered and pull the hash back to the step that just left.
      .onStepProgress(({ index, progress }) => {
        if (index === active && progress > 0 && progress < 1) onStep({ index, direction: lastDirection, progress });
      })
      .onStepExit(({ index }) => {
        if (index === active) active = -1;
      });
  }

  let pending = 0;
  const onResize = () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => {
      // A section that is hidden (between slides) has nothing to measure: wait until it shows again.
      if (steps.some((step) => step.offsetHeight === 0)) {
        instance?.destroy();
        instance = null;
      } else instance?.resize();
    });
  };
  const sized = new ResizeObserver(() => {
    if (!instance) setup();
    else onResize();
  });
  steps.forEach((step) => sized.observe(step));
  setup();
  narrow.addEventListener("change", setup);
  window.addEventListener("resize", onResize);
  return {
    destroy() {
      cancelAnimationFrame(pending);
      sized.disconnect();
      narrow.removeEventListener("change", setup);
      window.removeEventListener("resize", onResize);
      instance?.destroy();
    },
  };
}
