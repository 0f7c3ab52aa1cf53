/**
 * Registers the service worker that precaches the built site (src/build/serviceWorker.ts), so
 * that after one visit the story reads offline. Its scope is the base path, so a build served
 * from a sub-folder caches only itself. The dev server has no sw.js, so only builds register.
 */
if ("serviceWorker" in navigator) {
  const scope = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  if (import.meta.env.PROD) {
    // After the page has loaded, so precaching never competes with what the reader is opening.
    window.addEventListener("load", () => {
      navigator.serviceWorker.register(`${scope}sw.js`, { scope }).catch((error: unknown) => {
        console.warn("Offline reading is unavailable: the service worker did not register.", error);
      });
    });
  } else {
    // A worker left by a build previewed on this origin would serve that build's pages instead of the dev server's.
    void navigator.serviceWorker.getRegistration(scope).then((registration) => registration?.unregister());
  }
}
