import scrollama from "scrollama";

export interface StepEvent {
  index: number;
  direction: "up" | "down";
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
  const narrow = window.matchMedia(narrowQuery);

  function setup() {
    instance?.destroy();
    instance = null;
    // A hidden section (e.g. during a presentation) has no size to measure yet; wait until it has.
    if (steps.some((step) => step.offsetHeight === 0)) return;
    // Crossings only, no progress within a step: progress costs an observer with a threshold every
    // few pixels of every step, computed on every frame of a scroll, and nothing uses it.
    instance = scrollama()
      .setup({ step: steps, offset: triggerOffset() })
      .onStepEnter(({ index, direction }) => onStep({ index, direction }));
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
