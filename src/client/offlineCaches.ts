/**
 * The caches the service worker reads (src/integrations/serviceWorker.ts) and the "Save for offline" button
 * fills (src/client/saveOffline.ts): pages by address, and every other file of the site.
 */
export const offlineCaches = { pages: "longgang-pages", files: "longgang-files" } as const;

/** What an edition's offline list holds: paths below the base path, with their sizes in bytes. */
export interface OfflineList {
  pages: string[];
  files: string[];
  bytes: number;
}
