/**
 * Registers the service worker (src/integrations/serviceWorker.ts), which keeps the pages a reader opens
 * for reading offline, and the whole edition once a teacher presses "Save for offline". Its scope
 * is the base path, so a build served from a sub-folder caches only itself. The dev server has no
 * sw.js, so only builds register.
 */
import { siteRoot } from "../routes/routes.ts";
import { offlineCaches } from "./offlineCaches.ts";

if ("serviceWorker" in navigator) {
  const scope = siteRoot();
  if (import.meta.env.PROD) {
    // After the page has loaded, so the worker's few scripts never compete with what the reader is opening.
    window.addEventListener("load", () => {
      navigator.serviceWorker.register(`${scope}sw.js`, { scope }).then(
        // Not kept (a full disk, the network gone): the page still reads; it is kept on a later visit.
        () => keepThisPage().catch(() => undefined),
        (error: unknown) => console.warn("Offline reading is unavailable: the service worker did not register.", error),
      );
    });
  } else {
    // A worker left by a build previewed on this origin would serve that build's pages instead of the dev server's.
    void navigator.serviceWorker.getRegistration(scope).then((registration) => registration?.unregister());
  }
}

/**
 * The page was loaded before the worker ran, so the worker did not keep it: keep it now, once, so what
 * the reader opened reads again offline.
 */
async function keepThisPage(): Promise<void> {
  await navigator.serviceWorker.ready;
  const pages = await caches.open(offlineCaches.pages);
  if (navigator.onLine && !(await pages.match(location.pathname))) await pages.add(location.pathname);
}
