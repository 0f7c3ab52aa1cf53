/**
 * Registers the service worker that precaches the built site (src/build/serviceWorker.ts), so
 * that after one visit the story reads offline. Its scope is the base path, so a build served
 * from a sub-folder caches only itself. The dev server has no sw.js, so only builds register.
 */
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  const scope = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  // After the page has loaded, so precaching never competes with what the reader is opening.
  window.addEventListener("load", () => {
    navigator.serviceWorker.register(`${scope}sw.js`, { scope }).catch((error: unknown) => {
      console.warn("Offline reading is unavailable: the service worker did not register.", error);
    });
  });
}
