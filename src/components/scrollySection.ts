import { chartLoaders } from "../charts/chartLoaders.ts";
import { createChart } from "../charts/createChart.ts";
import type { ChartInstance } from "../charts/chartTypes.ts";
import { scrollController } from "../scripts/scrollController.ts";
import { stepFromHash } from "../lib/stepFromHash.ts";

const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

/** In presentation mode the slides, not the scroll position, choose the step. */
const presenting = () => document.documentElement.dataset["mode"] !== undefined;

/**
 * `<scrolly-section>`: enhances a server-rendered section into a sticky, animated figure.
 * It maps the scroll controller's active step to that step's state (which the build put
 * in `data-state`), keeps `data-active-step` and the URL hash in step, and leaves the
 * static SVG in place if the chart fails. `showStep` lets the presentation drive it.
 */
export class ScrollySection extends HTMLElement {
  #chart: ChartInstance<unknown> | null = null;
  #controller: { destroy(): void } | null = null;
  #active = -1;
  #requested: { index: number; animate: boolean } | null = null;
  #show: ((index: number, animate: boolean) => void) | null = null;
  #onHashChange: (() => void) | null = null;

  /** Shows a step's state; before the chart has loaded, the request waits for it. */
  showStep(index: number, animate: boolean): void {
    if (this.#show) this.#show(index, animate);
    else this.#requested = { index, animate: false };
  }

  get steps(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>("[data-step]")];
  }

  async connectedCallback() {
    const figure = this.querySelector<HTMLElement>("[data-figure]");
    const canvas = this.querySelector<HTMLElement>(".figure-canvas");
    const dataScript = this.querySelector("script[data-chart-data]");
    const steps = this.steps;
    const load = chartLoaders[this.dataset["chart"] ?? ""];
    if (!figure || !canvas || !dataScript || steps.length === 0 || !load) return;
    const staticFigure = canvas.innerHTML;
    const markActive = (index: number) => {
      // Only a real change is written, so sections that start on the step the build rendered stay quiet.
      const id = steps[index]?.dataset["step"] ?? "";
      if (figure.dataset["activeStep"] !== id) figure.dataset["activeStep"] = id;
      steps.forEach((step, i) => step.classList.toggle("is-active", i === index));
    };
    // If the chart fails (loading, drawing a step, resizing), the section keeps its static SVG and
    // stays readable; the rest of the page is unaffected.
    const fail = (error: unknown) => {
      if (this.hasAttribute("data-failed")) return;
      this.#controller?.destroy();
      this.#chart?.destroy();
      this.#chart = null;
      canvas.innerHTML = staticFigure;
      // Slides still follow the steps, with the static figure of the section.
      this.#show = (index: number) => markActive(index);
      if (this.#requested) markActive(this.#requested.index);
      this.dataset["ready"] = "";
      this.dataset["failed"] = "";
      console.warn(`Chart "${this.dataset["chart"]}" failed; showing its static figure.`, error);
    };
    try {
      const chart = await load();
      const guarded: typeof chart = {
        draw: (...args) => {
          try {
            chart.draw(...args);
          } catch (error) {
            fail(error);
          }
        },
      };
      this.#chart = createChart(canvas, guarded, JSON.parse(dataScript.textContent ?? "null"));
      const states = steps.map((step) => JSON.parse(step.dataset["state"] ?? "null") as unknown);
      this.#show = (index: number, animate: boolean) => {
        if (index === this.#active || index < 0 || index >= steps.length) return;
        this.#active = index;
        this.#chart?.update(states[index], { animate: animate && !reducedMotion.matches });
        markActive(index);
      };
      const linked = stepFromHash(location.hash, steps);
      this.#show(this.#requested?.index ?? linked ?? this.#stepAtTrigger(steps), false);
      if (this.hasAttribute("data-failed")) return;
      this.dataset["ready"] = "";
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
    } catch (error) {
      fail(error);
    }
  }

  /** On a reload mid-section, the step whose top is above the trigger line; else the first. */
  #stepAtTrigger(steps: HTMLElement[]): number {
    const trigger = window.innerHeight * 0.5;
    let index = 0;
    steps.forEach((step, i) => {
      if (step.getBoundingClientRect().top < trigger) index = i;
    });
    return index;
  }

  disconnectedCallback() {
    if (this.#onHashChange) window.removeEventListener("hashchange", this.#onHashChange);
    this.#controller?.destroy();
    this.#chart?.destroy();
  }
}

customElements.define("scrolly-section", ScrollySection);
