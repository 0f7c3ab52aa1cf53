import { fill } from "../i18n/fill.ts";

/**
 * `<share-step>`: enhances a step's permalink. On a touch screen it opens the system share
 * sheet; elsewhere it copies the step's URL; either way a polite live region says what happened.
 * Without JavaScript the link still works as a plain permalink.
 */
class ShareStep extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector<HTMLAnchorElement>("a");
    if (!link) return;
    link.addEventListener("click", async (event) => {
      event.preventDefault();
      const url = new URL(link.getAttribute("href") ?? "", location.href).href;
      if (navigator.share && matchMedia("(pointer: coarse)").matches) {
        try {
          await navigator.share({ title: document.title, url });
          return;
        } catch (error) {
          if ((error as DOMException).name === "AbortError") return;
        }
      }
      try {
        await navigator.clipboard.writeText(url);
        announce(fill(link.dataset["status"] ?? "{url}", { url }));
      } catch {
        history.replaceState(history.state, "", link.hash);
        announce(link.dataset["fallback"] ?? url);
      }
    });
  }
}

function announce(message: string): void {
  const region = document.getElementById("share-status");
  if (!region) return;
  // Clearing first makes screen readers repeat an identical message.
  region.textContent = "";
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}

customElements.define("share-step", ShareStep);
