import { fill } from "../../i18n/fill.ts";
import { excerpt } from "./excerpt.ts";

/** How much of the next slide the presenter sees: about three lines of the panel. */
const previewLength = 200;

/** What a slide's words are for the preview, without citation marks or text meant for screen readers. */
const notSpoken = ".cite, .visually-hidden, share-step, script";

/** The words of some elements as a reader sees them, one block after another. */
export function spokenText(elements: readonly Element[]): string {
  return elements
    .map((element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll(notSpoken).forEach((hidden) => hidden.remove());
      // Blocks inside (paragraphs of a step) are separate sentences, not run together.
      copy.querySelectorAll("p, li, h2, h3, h4").forEach((block) => block.append(" "));
      return copy.textContent ?? "";
    })
    .join(" ");
}

/**
 * The presenter's side panel: the elapsed time, a clean preview of the next slide, and the
 * teacher's notes for the current one.
 */
export class PresenterPanel {
  #root: HTMLElement;
  #timer: number | undefined;

  constructor(root: HTMLElement) {
    this.#root = root;
  }

  startTimer(): void {
    const clock = this.#root.querySelector<HTMLElement>("[data-timer]");
    if (!clock) return;
    const started = Date.now();
    const template = clock.dataset["template"] ?? "{time}";
    const tick = () => {
      const seconds = Math.floor((Date.now() - started) / 1000);
      clock.textContent = fill(template, {
        time: `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`,
      });
    };
    tick();
    this.#timer = window.setInterval(tick, 1000);
  }

  stopTimer(): void {
    window.clearInterval(this.#timer);
  }

  /** Shows what comes next (the elements of the next slide) and the notes of this one, if any. */
  show(next: readonly Element[], notes: DocumentFragment | null): void {
    const preview = this.#root.querySelector("[data-next-slide]");
    if (preview) preview.textContent = excerpt(spokenText(next), previewLength, document.documentElement.lang);
    const notesView = this.#root.querySelector<HTMLElement>("[data-notes-view]");
    notesView?.replaceChildren(notes ?? document.createTextNode(notesView.dataset["empty"] ?? ""));
  }
}
