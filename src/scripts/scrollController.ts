import scrollama from "scrollama";

export interface StepEvent {
  index: number;
  direction: "up" | "down";
  /** How far the active step has scrolled past the trigger line, 0 to 1. */
  progress: number;
}

/** Where the trigger line sits: mid-screen beside a side-by-side figure, lower under a phone's figure. */
const narrowQuery = "(max-width: 52rem)";

/**
 * Tells which step crosses the trigger line as the reader scrolls, and nothing else:
 * it owns no graphic. Re-measures when the viewport changes size or the layout switches
 * between phone and desktop, so rotating a phone never mis-fires steps.
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
      .setup({ step: steps, offset: narrow.matches ? 0.7 : 0.5, progress: true })
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

  const onResize = () => instance?.resize();
  const sized = new ResizeObserver(() => {
    if (!instance) setup();
  });
  steps.forEach((step) => sized.observe(step));
  setup();
  narrow.addEventListener("change", setup);
  window.addEventListener("resize", onResize);
  return {
    destroy() {
      sized.disconnect();
      narrow.removeEventListener("change", setup);
      window.removeEventListener("resize", onResize);
      instance?.destroy();
    },
  };
}
