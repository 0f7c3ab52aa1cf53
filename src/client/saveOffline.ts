import { fill } from "../i18n/fill.ts";
import { siteRoot } from "../routes/routes.ts";
import { offlineCaches, type OfflineList } from "./offlineCaches.ts";

/** A size as a reader reads it: "2.6 MB", "840 KB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * `<save-offline>`: a button that stores every page and file of an edition (its offline list) in the
 * caches the service worker reads, so the whole edition opens with no network. The list comes when
 * the button is shown, for its size; the files only when it is pressed, a few at a time.
 */
class SaveOffline extends HTMLElement {
  #button = this.querySelector("button");
  #status = this.querySelector<HTMLElement>(".save-offline-status");

  connectedCallback() {
    if (!("serviceWorker" in navigator) || !("caches" in window) || !this.#button) return;
    void this.#list().then((list) => {
      if (!this.#button) return;
      this.#button.textContent = fill(this.dataset["label"] ?? "", { size: formatBytes(list.bytes) });
      this.#button.addEventListener("click", () => void this.#save(list));
      this.hidden = false;
    });
  }

  async #list(): Promise<OfflineList> {
    return (await fetch(this.dataset["list"] ?? "")).json() as Promise<OfflineList>;
  }

  async #save(list: OfflineList): Promise<void> {
    if (!this.#button || !this.#status) return;
    this.#button.disabled = true;
    const base = new URL(siteRoot(), location.origin);
    const jobs = [
      ...list.pages.map((path) => ({ cache: offlineCaches.pages, url: new URL(path, base).href })),
      ...list.files.map((path) => ({ cache: offlineCaches.files, url: new URL(path, base).href })),
    ];
    let done = 0;
    const show = () =>
      this.#status &&
      (this.#status.textContent = fill(this.dataset["progress"] ?? "", {
        percent: Math.floor((done / jobs.length) * 100),
      }));
    show();
    try {
      // Four at a time: quick on a good network, and the page stays responsive.
      const queue = [...jobs];
      const worker = async () => {
        for (let job = queue.shift(); job; job = queue.shift()) {
          await (await caches.open(job.cache)).add(job.url);
          done += 1;
          show();
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
      this.#status.textContent = this.dataset["done"] ?? "";
    } catch {
      this.#status.textContent = this.dataset["failed"] ?? "";
      this.#button.disabled = false;
    }
  }
}

customElements.define("save-offline", SaveOffline);
