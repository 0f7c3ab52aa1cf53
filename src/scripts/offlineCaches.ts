/**
 * The caches the service worker reads (src/build/serviceWorker.ts) and the "Save for offline" button
 * fills (src/components/saveOffline.ts): pages by address, and every other file of the site.
 */
export const offlineCaches = { pages: "longgang-pages", files: "longgang-files" } as const;

/** Each edition's list of what "Save for offline" stores: `<edition>/offline.json`. */
export const offlineListFile = "offline.json";

/** What an edition's offline list holds: paths below the base path, with their sizes in bytes. */
export interface OfflineList {
  pages: string[];
  files: string[];
  bytes: number;
}
