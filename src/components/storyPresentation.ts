import { fill } from "../i18n/fill.ts";
import { planSlides, slideFromHash, type Block, type Slide } from "../lib/planSlides.ts";
import { slideAction, type SlideAction } from "../lib/slideAction.ts";
import type { ScrollySection } from "./scrollySection.ts";

type Mode = "present" | "presenter";
type Message = { type: "goto"; index: number } | { type: "navigate"; url: string } | { type: "hello" };

const modes: readonly Mode[] = ["present", "presenter"];

function describeBlock(element: Element): Block {
  if (element.localName === "scrolly-section")
    return { kind: "scrolly", steps: [...element.querySelectorAll("[data-step]")].map((step) => step.id) };
  return /^H[1-6]$/.test(element.tagName) ? { kind: "heading" } : { kind: "prose" };
}

/**
 * `<story-presentation>`: turns the chapter into slides (?present, the Present button or P)
 * and into a presenter view (?presenter, or S from the slides) with notes, the next slide and
 * a timer. Both views of a chapter stay on the same slide through a BroadcastChannel; the URL
 * hash names the slide (a step's own id for step slides), so a reload stays put.
 */
class StoryPresentation extends HTMLElement {
  #blocks: HTMLElement[] = [];
  #slides: Slide[] = [];
  #index = 0;
  #mode: Mode | null = null;
  #channel: BroadcastChannel | null = null;
  #timer: number | undefined;
  #swipeStart: { x: number; y: number } | null = null;

  async connectedCallback() {
    const body = this.querySelector(".chapter-body");
    this.#blocks = [...(body?.children ?? [])].filter(
      (element): element is HTMLElement => element instanceof HTMLElement && element.localName !== "script",
    );
    this.#slides = planSlides(this.#blocks.map(describeBlock));
    this.addEventListener("click", (event) => {
      const button = (event.target as Element | null)?.closest<HTMLElement>("[data-action]");
      const action = button?.dataset["action"];
      if (action === "present") this.#start("present");
      else if (action) this.#perform(action as SlideAction);
    });
    document.addEventListener("keydown", this.#onKey);
    this.addEventListener("pointerdown", (event) => {
      if (event.pointerType !== "mouse") this.#swipeStart = { x: event.clientX, y: event.clientY };
    });
    this.addEventListener("pointerup", (event) => {
      const start = this.#swipeStart;
      this.#swipeStart = null;
      if (!this.#mode || !start) return;
      const dx = event.clientX - start.x;
      if (Math.abs(dx) > 60 && Math.abs(dx) > 2 * Math.abs(event.clientY - start.y))
        this.#perform(dx < 0 ? "next" : "previous");
    });
    // The slides drive the sections through their methods, so wait until those exist.
    if (this.querySelector("scrolly-section")) await customElements.whenDefined("scrolly-section");
    const params = new URLSearchParams(location.search);
    const mode = modes.find((candidate) => params.has(candidate));
    if (mode) this.#start(mode);
  }

  disconnectedCallback() {
    document.removeEventListener("keydown", this.#onKey);
    this.#channel?.close();
    window.clearInterval(this.#timer);
  }

  #onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || (event.target as Element | null)?.closest("input, textarea, select")) return;
    if (!this.#mode) {
      if (event.key.toLowerCase() === "p" && !event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        this.#start("present");
      }
      return;
    }
    const action = slideAction(event);
    if (!action) return;
    // Space and Enter on a focused button belong to the button.
    if ((event.key === " " || event.key === "Enter") && (event.target as Element | null)?.closest("button, a")) return;
    event.preventDefault();
    this.#perform(action);
  };

  #perform(action: SlideAction): void {
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
        return this.#openPresenter();
      case "exit":
        return this.#exit();
    }
  }

  #start(mode: Mode): void {
    this.#mode = mode;
    document.documentElement.dataset["mode"] = mode;
    const url = new URL(location.href);
    modes.forEach((other) => url.searchParams.delete(other));
    url.searchParams.set(mode, "");
    history.replaceState(history.state, "", url.href.replace(`${mode}=`, mode));
    this.#channel = new BroadcastChannel(`longgang-slides:${location.pathname}`);
    this.#channel.onmessage = (event: MessageEvent<Message>) => this.#receive(event.data);
    this.#go(slideFromHash(location.hash, this.#slides) ?? 0, { animate: false, broadcast: false });
    if (mode === "presenter") {
      this.#channel.postMessage({ type: "hello" } satisfies Message);
      const started = Date.now();
      const clock = this.querySelector("[data-timer]");
      this.#timer = window.setInterval(() => {
        const seconds = Math.floor((Date.now() - started) / 1000);
        if (clock) clock.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
      }, 1000);
    }
    window.scrollTo(0, 0);
  }

  #receive(message: Message): void {
    if (message.type === "goto") this.#go(message.index, { broadcast: false });
    else if (message.type === "navigate") location.href = `${message.url}?${this.#mode}`;
    else if (message.type === "hello")
      this.#channel?.postMessage({ type: "goto", index: this.#index } satisfies Message);
  }

  #go(index: number, { animate = true, broadcast = true } = {}): void {
    const nextChapter = this.dataset["next"];
    if (index >= this.#slides.length && nextChapter) {
      if (broadcast) this.#channel?.postMessage({ type: "navigate", url: nextChapter } satisfies Message);
      location.href = `${nextChapter}?${this.#mode}`;
      return;
    }
    const slide = this.#slides[index];
    if (!slide) return;
    this.#index = index;
    this.#blocks.forEach((block, i) => {
      const shown =
        (slide.kind === "prose" && slide.blocks.includes(i)) || (slide.kind === "step" && slide.block === i);
      block.classList.toggle("is-slide", shown);
    });
    this.querySelector(".chapter-header")?.classList.toggle("is-slide", slide.kind === "title");
    this.querySelectorAll(".discussion, .chapter-qr").forEach((element) =>
      element.classList.toggle("is-slide", slide.kind === "end"),
    );
    if (slide.kind === "step") {
      const section = this.#blocks[slide.block] as ScrollySection;
      section.showStep(slide.step, animate);
      section.steps.forEach((step, i) => step.classList.toggle("is-current-step", i === slide.step));
    }
    history.replaceState(history.state, "", `${location.pathname}${location.search}#${slide.id}`);
    this.#showCounter();
    if (this.#mode === "presenter") this.#showPresenterPanel();
    if (broadcast) this.#channel?.postMessage({ type: "goto", index } satisfies Message);
  }

  #showCounter(): void {
    const bar = this.querySelector<HTMLElement>(".present-bar");
    const counter = this.querySelector("[data-slide-counter]");
    if (bar && counter)
      counter.textContent = fill(bar.dataset["counterTemplate"] ?? "{n}/{total}", {
        n: this.#index + 1,
        total: this.#slides.length,
      });
  }

  /** The slide's own words, for the "up next" preview. */
  #slideText(slide: Slide | undefined): string {
    if (!slide) return "";
    if (slide.kind === "title") return this.querySelector("h1")?.textContent ?? "";
    if (slide.kind === "end") return this.querySelector(".discussion h2")?.textContent ?? "";
    if (slide.kind === "prose") return slide.blocks.map((i) => this.#blocks[i]?.textContent ?? "").join(" ");
    const step = (this.#blocks[slide.block] as ScrollySection).steps[slide.step];
    return step?.querySelector(".step-body > :not(share-step, template, .visually-hidden)")?.textContent ?? "";
  }

  #showPresenterPanel(): void {
    const next = this.querySelector("[data-next-slide]");
    if (next) next.textContent = this.#slideText(this.#slides[this.#index + 1]).slice(0, 240);
    const notesView = this.querySelector<HTMLElement>("[data-notes-view]");
    if (!notesView) return;
    const slide = this.#slides[this.#index];
    const step = slide?.kind === "step" ? (this.#blocks[slide.block] as ScrollySection).steps[slide.step] : undefined;
    const notes = step?.querySelector<HTMLTemplateElement>("template[data-notes]");
    notesView.replaceChildren(
      notes ? notes.content.cloneNode(true) : document.createTextNode(notesView.dataset["empty"] ?? ""),
    );
  }

  #openPresenter(): void {
    const url = new URL(location.href);
    url.searchParams.delete("present");
    url.searchParams.set("presenter", "");
    window.open(url.href.replace("presenter=", "presenter"), "longgang-presenter");
  }

  #exit(): void {
    const slide = this.#slides[this.#index];
    this.#mode = null;
    delete document.documentElement.dataset["mode"];
    this.#channel?.close();
    this.#channel = null;
    window.clearInterval(this.#timer);
    if (document.fullscreenElement) void document.exitFullscreen();
    this.querySelectorAll(".is-slide, .is-current-step").forEach((element) =>
      element.classList.remove("is-slide", "is-current-step"),
    );
    const hash = slide?.kind === "step" ? `#${slide.id}` : "";
    history.replaceState(history.state, "", `${location.pathname}${hash}`);
    const target =
      slide?.kind === "step"
        ? document.getElementById(slide.id)
        : slide?.kind === "prose"
          ? this.#blocks[slide.blocks[0] ?? 0]
          : slide?.kind === "end"
            ? this.querySelector(".discussion")
            : null;
    if (target) target.scrollIntoView({ block: "start" });
    else window.scrollTo(0, 0);
  }
}

customElements.define("story-presentation", StoryPresentation);
