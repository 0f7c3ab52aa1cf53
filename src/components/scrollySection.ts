import { chartLoaders } from "../charts/chartLoaders.ts";
import { createChart } from "../charts/createChart.ts";
import type { ChartInstance } from "../charts/chartTypes.ts";
import { scrollController } from "../scripts/scrollController.ts";
import { stepFromHash } from "../lib/stepFromHash.ts";

const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

/**
 * `<scrolly-section>`: enhances a server-rendered section into a sticky, animated figure.
 * It maps the scroll controller's active step to that step's state (which the build put
 * in `data-state`), keeps `data-active-step` and the URL hash in step, and leaves the
 * static SVG in place if the chart fails.
 */
class ScrollySection extends HTMLElement {
  #chart: ChartInstance<unknown> | null = null;
  #controller: { destroy(): void } | null = null;
  #active = -1;
  #onHashChange: (() => void) | null = null;

  async connectedCallback() {
    const figure = this.querySelector<HTMLElement>("[data-figure]");
    const canvas = this.querySelector<HTMLElement>(".figure-canvas");
    const dataScript = this.querySelector("script[data-chart-data]");
    const steps = [...this.querySelectorAll<HTMLElement>("[data-step]")];
    const load = chartLoaders[this.dataset["chart"] ?? ""];
    if (!figure || !canvas || !dataScript || steps.length === 0 || !load) return;
    const staticFigure = canvas.innerHTML;
    try {
      const chart = await load();
      this.#chart = createChart(canvas, chart, JSON.parse(dataScript.textContent ?? "null"));
      const states = steps.map((step) => JSON.parse(step.dataset["state"] ?? "null") as unknown);
      const show = (index: number, animate: boolean) => {
        if (index === this.#active) return;
        this.#active = index;
        this.#chart?.update(states[index], { animate: animate && !reducedMotion.matches });
        figure.dataset["activeStep"] = steps[index]?.dataset["step"] ?? "";
        steps.forEach((step, i) => step.classList.toggle("is-active", i === index));
      };
      const linked = stepFromHash(location.hash, steps);
      show(linked ?? this.#stepAtTrigger(steps), false);
      this.dataset["ready"] = "";
      this.#controller = scrollController(steps, ({ index }) => {
        show(index, true);
        const id = steps[index]?.id;
        if (id && location.hash !== `#${id}`) history.replaceState(history.state, "", `#${id}`);
      });
      // A link to another step of the same page: jump there without replaying the steps between.
      this.#onHashChange = () => {
        const index = stepFromHash(location.hash, steps);
        if (index !== null) show(index, false);
      };
      window.addEventListener("hashchange", this.#onHashChange);
    } catch (error) {
      // The section keeps its static SVG and stays readable; the rest of the page is unaffected.
      this.#controller?.destroy();
      canvas.innerHTML = staticFigure;
      this.dataset["ready"] = "";
      this.dataset["failed"] = "";
      console.warn(`Chart "${this.dataset["chart"]}" could not start; showing its static figure.`, error);
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
