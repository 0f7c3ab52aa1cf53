import type { SlideAction } from "./slideAction.ts";
import type { Mode } from "./presentationUrl.ts";
import type { SlideShow } from "./slideShow.ts";

/** Set on <html> by the head script when the page was opened with ?present or ?presenter. */
const openedInMode = () => document.documentElement.dataset["mode"] as Mode | undefined;

/**
 * `<story-presentation>`: the only part of presentation mode a reader loads. The Present button,
 * the P key or a page opened in a mode (which the head script has already laid out as slides)
 * loads the slides and the presenter view with import() and hands over to them.
 */
class StoryPresentation extends HTMLElement {
  #slideShow: Promise<SlideShow> | null = null;

  connectedCallback() {
    this.addEventListener("click", this.#onClick);
    document.addEventListener("keydown", this.#onKey);
    const mode = openedInMode();
    if (mode) void this.#start(mode);
  }

  disconnectedCallback() {
    this.removeEventListener("click", this.#onClick);
    document.removeEventListener("keydown", this.#onKey);
  }

  #load(): Promise<SlideShow> {
    this.#slideShow ??= import("./slideShow.ts").then(({ SlideShow }) => new SlideShow(this));
    return this.#slideShow;
  }

  async #start(mode: Mode): Promise<void> {
    const slideShow = await this.#load();
    await slideShow.start(mode);
  }

  #onClick = (event: Event) => {
    const action = (event.target as Element | null)?.closest<HTMLElement>("[data-action]")?.dataset["action"];
    if (action === "present") void this.#start("present");
    else if (action) void this.#load().then((slideShow) => slideShow.perform(action as SlideAction));
  };

  /** P starts the slides from reading mode; once they run, the slide show handles the keys. */
  #onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || document.documentElement.dataset["mode"]) return;
    if ((event.target as Element | null)?.closest("input, textarea, select")) return;
    if (event.key.toLowerCase() === "p" && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      void this.#start("present");
    }
  };
}

customElements.define("story-presentation", StoryPresentation);
