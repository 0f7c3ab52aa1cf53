import { fill } from "../../i18n/fill.ts";
import { planSlides, slideFromHash, type Block, type Slide } from "./planSlides.ts";
import { slideAction, type SlideAction } from "./slideAction.ts";
import type { ScrollySection } from "../scrollySection.ts";
import { fitSlideText } from "./fitSlideText.ts";
import { findInertHtml, inertHtml } from "./inertHtml.ts";
import { PresenterPanel } from "./presenterPanel.ts";
import { inMode, type Mode } from "./presentationUrl.ts";
import { openSlideChannel, type SlideChannel, type SlideMessage } from "./slideChannel.ts";

/** The id of a chapter's closing slide, where PageUp from the next chapter lands. */
const lastSlideHash = "#slide-end";

function describeBlock(element: Element): Block {
  if (element.localName === "scrolly-section")
    return { kind: "scrolly", steps: [...element.querySelectorAll("[data-step]")].map((step) => step.id) };
  return /^H[1-6]$/.test(element.tagName) ? { kind: "heading" } : { kind: "prose" };
}

/**
 * A chapter as slides: a title slide, the prose a few paragraphs at a time, one slide per step
 * (the step's section shows that step's figure) and a closing slide with the chapter's QR code. The URL hash names
 * the slide (a step's own id for step slides), so a reload stays put; past either end, the
 * neighbouring chapter opens in the same mode. Loaded on first use by `<story-presentation>`.
 */
export class SlideShow {
  #root: HTMLElement;
  #blocks: HTMLElement[];
  #slides: Slide[];
  #index = 0;
  #mode: Mode | null = null;
  #channel: SlideChannel | null = null;
  #panel: PresenterPanel;
  #swipeStart: { x: number; y: number } | null = null;
  #refit = 0;

  constructor(root: HTMLElement) {
    this.#root = root;
    const body = root.querySelector(".chapter-body");
    this.#blocks = [...(body?.children ?? [])].filter(
      (element): element is HTMLElement => element instanceof HTMLElement && element.localName !== "script",
    );
    this.#slides = planSlides(this.#blocks.map(describeBlock));
    this.#panel = new PresenterPanel(root);
  }

  get active(): boolean {
    return this.#mode !== null;
  }

  async start(mode: Mode): Promise<void> {
    if (this.#mode) return;
    this.#mode = mode;
    this.#placeControls();
    document.documentElement.dataset["mode"] = mode;
    history.replaceState(history.state, "", inMode(location.href, mode));
    document.addEventListener("keydown", this.#onKey);
    window.addEventListener("hashchange", this.#onHashChange);
    window.addEventListener("resize", this.#onResize);
    this.#root.addEventListener("pointerdown", this.#onPointerDown);
    this.#root.addEventListener("pointerup", this.#onPointerUp);
    this.#channel = openSlideChannel(location.pathname, mode, (message) => this.#receive(message));
    if (mode === "presenter") this.#panel.startTimer();
    window.scrollTo(0, 0);
    // Step slides drive their sections through methods, which exist once the element is defined.
    if (this.#root.querySelector("scrolly-section")) await customElements.whenDefined("scrolly-section");
    this.#go(slideFromHash(location.hash, this.#slides) ?? 0, { animate: false, broadcast: false });
    // The web fonts change the words' measure: fit again once they are in.
    void document.fonts.ready.then(this.#onResize);
  }

  /** The bar and the presenter's panel, kept out of the page until the slides first start. */
  #placeControls(): void {
    const controls = findInertHtml(this.#root, "presentation-controls");
    const nodes = inertHtml(controls);
    if (controls && nodes) controls.replaceWith(nodes);
  }

  perform(action: SlideAction): void {
    if (!this.#mode) return;
    switch (action) {
      case "next":
        return this.#go(this.#index + 1);
      case "previous":
        return this.#go(this.#index - 1);
      case "first":
        return this.#go(0);
      case "last":
        return this.#go(this.#slides.length - 1);
      case "fullscreen":
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
        return;
      case "presenter":
        window.open(inMode(location.href, "presenter"), "longgang-presenter");
        return;
      case "exit":
        return this.#exit();
    }
  }

  #onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || (event.target as Element | null)?.closest("input, textarea, select")) return;
    const action = slideAction(event);
    if (!action) return;
    // Space and Enter on a focused button belong to the button.
    if ((event.key === " " || event.key === "Enter") && (event.target as Element | null)?.closest("button, a")) return;
    event.preventDefault();
    this.perform(action);
  };

  /** A link to a step of this chapter (from the teacher's guide, say) moves the slides there. */
  #onHashChange = () => {
    const index = slideFromHash(location.hash, this.#slides);
    if (index !== null && index !== this.#index) this.#go(index, { animate: false });
  };

  #onPointerDown = (event: PointerEvent) => {
    if (event.pointerType !== "mouse") this.#swipeStart = { x: event.clientX, y: event.clientY };
  };

  #onPointerUp = (event: PointerEvent) => {
    const start = this.#swipeStart;
    this.#swipeStart = null;
    if (!start) return;
    const dx = event.clientX - start.x;
    if (Math.abs(dx) > 60 && Math.abs(dx) > 2 * Math.abs(event.clientY - start.y))
      this.perform(dx < 0 ? "next" : "previous");
  };

  #receive(message: SlideMessage): void {
    if (message.type === "goto") this.#go(message.index, { broadcast: false });
    else if (message.type === "navigate") location.href = inMode(message.url, this.#mode, message.hash);
    else if (message.type === "hello") this.#channel?.send({ type: "goto", index: this.#index });
  }

  /** Opens the neighbouring chapter (`data-next` or `data-previous`) in this mode, in both views. */
  #leave(url: string | undefined, hash: string, broadcast: boolean): boolean {
    if (!url) return false;
    const absolute = new URL(url, location.href).href;
    if (broadcast) this.#channel?.send({ type: "navigate", url: absolute, hash });
    location.href = inMode(absolute, this.#mode, hash);
    return true;
  }

  #go(index: number, { animate = true, broadcast = true } = {}): void {
    if (index >= this.#slides.length && this.#leave(this.#root.dataset["next"], "", broadcast)) return;
    if (index < 0 && this.#leave(this.#root.dataset["previous"], lastSlideHash, broadcast)) return;
    const slide = this.#slides[index];
    if (!slide) return;
    this.#index = index;
    this.#blocks.forEach((block, i) => {
      const shown =
        (slide.kind === "prose" && slide.blocks.includes(i)) || (slide.kind === "step" && slide.block === i);
      block.classList.toggle("is-slide", shown);
    });
    this.#root.querySelector(".chapter-header")?.classList.toggle("is-slide", slide.kind === "title");
    this.#root
      .querySelectorAll(".chapter-qr")
      .forEach((element) => element.classList.toggle("is-slide", slide.kind === "end"));
    if (slide.kind === "step") {
      const section = this.#blocks[slide.block] as ScrollySection;
      section.showStep(slide.step, animate);
      section.steps.forEach((step, i) => step.classList.toggle("is-current-step", i === slide.step));
    }
    this.#fit();
    history.replaceState(history.state, "", `${location.pathname}${location.search}#${slide.id}`);
    this.#showCounter();
    if (this.#mode === "presenter") this.#panel.show(this.#elementsOf(this.#slides[index + 1]), this.#notesOf(slide));
    if (broadcast) this.#channel?.send({ type: "goto", index });
  }

  /**
   * Shows the whole of the slide's words: a step's text, then the slide as a whole, set smaller
   * as far as they must and may. A step too long even so takes room from its figure.
   */
  #fit(): void {
    const slide = this.#slides[this.#index];
    const chapter = this.#root.querySelector<HTMLElement>(".chapter");
    if (slide?.kind === "step") {
      const section = this.#blocks[slide.block] as ScrollySection;
      const words = section.querySelector<HTMLElement>(".scrolly-steps");
      section.classList.remove("has-long-step");
      if (words && !fitSlideText(words)) {
        section.classList.add("has-long-step");
        fitSlideText(words);
      }
    }
    if (chapter) fitSlideText(chapter);
  }

  #onResize = () => {
    cancelAnimationFrame(this.#refit);
    this.#refit = requestAnimationFrame(() => this.#fit());
  };

  #showCounter(): void {
    const bar = this.#root.querySelector<HTMLElement>(".present-bar");
    const counter = this.#root.querySelector("[data-slide-counter]");
    if (bar && counter)
      counter.textContent = fill(bar.dataset["counterTemplate"] ?? "{n}/{total}", {
        n: this.#index + 1,
        total: this.#slides.length,
      });
  }

  /** The elements that carry a slide's words. */
  #elementsOf(slide: Slide | undefined): Element[] {
    const found = (element: Element | null | undefined) => (element ? [element] : []);
    switch (slide?.kind) {
      case "title":
        return found(this.#root.querySelector("h1"));
      case "end":
        return found(this.#root.querySelector(".chapter-qr figcaption"));
      case "prose":
        return slide.blocks.flatMap((i) => found(this.#blocks[i]));
      case "step":
        return found((this.#blocks[slide.block] as ScrollySection).steps[slide.step]?.querySelector(".step-body"));
      default:
        return [];
    }
  }

  #notesOf(slide: Slide | undefined): DocumentFragment | null {
    if (slide?.kind !== "step") return null;
    const step = (this.#blocks[slide.block] as ScrollySection).steps[slide.step];
    return step ? inertHtml(findInertHtml(step, "notes")) : null;
  }

  #exit(): void {
    const slide = this.#slides[this.#index];
    this.#mode = null;
    delete document.documentElement.dataset["mode"];
    document.removeEventListener("keydown", this.#onKey);
    window.removeEventListener("hashchange", this.#onHashChange);
    window.removeEventListener("resize", this.#onResize);
    this.#root.removeEventListener("pointerdown", this.#onPointerDown);
    this.#root.removeEventListener("pointerup", this.#onPointerUp);
    this.#channel?.close();
    this.#channel = null;
    this.#panel.stopTimer();
    if (document.fullscreenElement) void document.exitFullscreen();
    this.#root
      .querySelectorAll(".is-slide, .is-current-step, .has-long-step")
      .forEach((element) => element.classList.remove("is-slide", "is-current-step", "has-long-step"));
    this.#root
      .querySelectorAll<HTMLElement>(".chapter, .scrolly-steps")
      .forEach((element) => (element.style.fontSize = ""));
    history.replaceState(history.state, "", inMode(location.href, null, slide?.kind === "step" ? `#${slide.id}` : ""));
    const target =
      slide?.kind === "step"
        ? document.getElementById(slide.id)
        : slide?.kind === "prose"
          ? this.#blocks[slide.blocks[0] ?? 0]
          : slide?.kind === "end"
            ? this.#root.querySelector(".chapter-qr")
            : null;
    if (target) target.scrollIntoView({ block: "start" });
    else window.scrollTo(0, 0);
  }
}
