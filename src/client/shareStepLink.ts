import { fill } from "../i18n/fill.ts";

/** How long "link copied" stays beside the link. */
const shownFor = 6000;

/**
 * Shares a step's link: the system share sheet on a touch screen, else the clipboard. The result is
 * written beside the link (a `role="status"` region, so screen readers hear it too). When the
 * clipboard is refused, the address bar gets the step's own #link and the reader is told so.
 */
export async function shareStepLink(link: HTMLAnchorElement, status: HTMLElement): Promise<void> {
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
    show(status, fill(link.dataset["status"] ?? "{url}", { url }));
  } catch {
    const step = link.closest<HTMLElement>("[data-step]");
    if (step) history.replaceState(history.state, "", `#${step.id}`);
    show(status, link.dataset["fallback"] ?? url);
  }
}

const timers = new WeakMap<HTMLElement, number>();

function show(status: HTMLElement, message: string): void {
  clearTimeout(timers.get(status));
  // Cleared first, so that a second click is announced again.
  status.textContent = "";
  requestAnimationFrame(() => {
    status.textContent = message;
    timers.set(
      status,
      window.setTimeout(() => {
        status.textContent = "";
      }, shownFor),
    );
  });
}
