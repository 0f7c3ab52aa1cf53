import { loadChart } from "./chartModules.ts";
import type { ChartInstance } from "../charts/chartTypes.ts";
import { createChart } from "./createChart.ts";
import { stepFromHash } from "./stepFromHash.ts";
import { scrollController, triggerOffset } from "./scrollController.ts";

const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

/** In presentation mode the slides, not the scroll position, choose the step. */
const presenting = () => document.documentElement.dataset["mode"] !== undefined;

/** Runs `task` when the browser is idle (Safari has no requestIdleCallback: soon, then). */
const whenIdle = (task: () => void) =>
  "requestIdleCallback" in window ? requestIdleCallback(task, { timeout: 3000 }) : setTimeout(task, 200);

/** A section's chart loads when the section comes this near the viewport: early enough to be drawn before it shows. */
const loadMargin = "150% 0px";

/**
 * `<scrolly-section>`: enhances a server-rendered section into a sticky, animated figure.
 * It follows the scroll controller's active step at once (`data-active-step`, the URL hash) and
 * loads its chart module only when the section comes near, so a chapter starts with the charts it
 * shows first. The chart then draws the active step's state (the build put each in `data-state`);
 * if it fails, the static SVG stays. `showStep` lets the presentation drive it.
 */
export class ScrollySection extends HTMLElement {
  #chart: ChartInstance<unknown> | null = null;
  #controller: { destroy(): void } | null = null;
  #nearby: IntersectionObserver | null = null;
  #states: unknown[] = [];
  #active = -1;
  #frame = 0;
  #show: ((index: number, animate: boolean) => void) | null = null;
  #onHashChange: (() => void) | null = null;

  /** Shows a step's state (drawn when the chart has loaded). */
  showStep(index: number, animate: boolean): void {
    this.#show?.(index, animate);
  }

  get steps(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>("[data-step]")];
  }

  connectedCallback() {
    const figure = this.querySelector<HTMLElement>("[data-figure]");
    const steps = this.steps;
    if (!figure || steps.length === 0) return;
    this.#states = steps.map((step) => JSON.parse(step.dataset["state"] ?? "null") as unknown);
    // The figure says which step it shows; only a real change is written, so sections that start on the
    // step the build rendered stay quiet.
    const markFigure = (index: number) => {
      const id = steps[index]?.dataset["step"] ?? "";
      if (figure.dataset["activeStep"] !== id) figure.dataset["activeStep"] = id;
    };
    this.#show = (index, animate) => {
      if (index === this.#active || index < 0 || index >= steps.length) return;
      this.#active = index;
      steps.forEach((step, i) => step.classList.toggle("is-active", i === index));
      if (!this.#chart) return markFigure(index);
      // Drawn in the next frame, apart from the scroll callback that chose the step: steps crossed in one
      // frame are drawn once, and no single task both reads the scroll and redraws the chart.
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => {
        this.#chart?.update(this.#states[this.#active], { animate: animate && !reducedMotion.matches });
        markFigure(this.#active);
      });
    };
    this.#show(stepFromHash(location.hash, steps) ?? this.#stepAtTrigger(steps), false);
    this.#controller = scrollController(steps, ({ index }) => {
      if (presenting()) return;
      this.#show?.(index, true);
      const id = steps[index]?.id;
      if (id && location.hash !== `#${id}`) history.replaceState(history.state, "", `#${id}`);
    });
    // A link to another step of the same page: jump there without replaying the steps between.
    this.#onHashChange = () => {
      const index = stepFromHash(location.hash, steps);
      if (index !== null && !presenting()) this.#show?.(index, false);
    };
    window.addEventListener("hashchange", this.#onHashChange);
    this.dataset["ready"] = "";
    this.#nearby = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#nearby?.disconnect();
        void this.#mount();
      },
      { rootMargin: loadMargin },
    );
    this.#nearby.observe(this);
    // The module itself is fetched and compiled while the page is idle, not in the middle of the
    // scroll that brings the section near; drawing still waits for that.
    whenIdle(() => void loadChart(this.dataset["module"] ?? "").catch(() => undefined));
  }

  /** Loads the chart module and takes over the static figure; on any failure, the static figure stays. */
  async #mount(): Promise<void> {
    const figure = this.querySelector<HTMLElement>("[data-figure]");
    const canvas = this.querySelector<HTMLElement>(".figure-canvas");
    const dataScript = this.querySelector("script[data-chart-data]");
    if (!figure || !canvas || !dataScript) return;
    const staticFigure = canvas.innerHTML;
    const fail = (error: unknown) => {
      if (this.hasAttribute("data-failed")) return;
      // The section stops following the scroll; slides still mark their step (`showStep`).
      this.#controller?.destroy();
      this.#chart?.destroy();
      this.#chart = null;
      canvas.innerHTML = staticFigure;
      this.dataset["failed"] = "";
      this.dataset["drawn"] = "";
      console.warn(`Chart "${this.dataset["chart"]}" failed; showing its static figure.`, error);
    };
    try {
      const chart = await loadChart(this.dataset["module"] ?? "");
      const guarded: typeof chart = {
        name: chart.name,
        draw: (...args) => {
          try {
            chart.draw(...args);
          } catch (error) {
            fail(error);
          }
        },
      };
      this.#chart = createChart(canvas, guarded, JSON.parse(dataScript.textContent ?? "null"));
      this.#chart.update(this.#states[this.#active], { animate: false });
      const shown = this.steps[this.#active]?.dataset["step"] ?? "";
      if (figure.dataset["activeStep"] !== shown) figure.dataset["activeStep"] = shown;
      if (!this.hasAttribute("data-failed")) this.dataset["drawn"] = "";
    } catch (error) {
      fail(error);
    }
  }

  /** On a reload mid-section, the step whose top is above the trigger line; else the first. */
  #stepAtTrigger(steps: HTMLElement[]): number {
    const trigger = window.innerHeight * triggerOffset();
    let index = 0;
    steps.forEach((step, i) => {
      if (step.getBoundingClientRect().top < trigger) index = i;
    });
    return index;
  }

  disconnectedCallback() {
    if (this.#onHashChange) window.removeEventListener("hashchange", this.#onHashChange);
    cancelAnimationFrame(this.#frame);
    this.#nearby?.disconnect();
    this.#controller?.destroy();
    this.#chart?.destroy();
  }
}

customElements.define("scrolly-section", ScrollySection);
