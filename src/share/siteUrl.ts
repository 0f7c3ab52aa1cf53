import type { AstroIntegration } from "astro";

/** Where shared links point when SITE_URL is not set: a reserved name that reaches nobody. */
export const placeholderSiteUrl = "https://longgang.example.org";

/**
 * The site's origin, from SITE_URL: the one setting behind every absolute address the build writes
 * (canonical links, og:url, og:image, hreflang, the sitemap, robots.txt, QR codes). A sub-folder
 * goes in BASE_PATH, not here. Without SITE_URL, the placeholder.
 */
export function siteUrl(value = process.env["SITE_URL"]): string {
  if (value === undefined || value.trim() === "") return placeholderSiteUrl;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `SITE_URL="${value}" is not an absolute URL; set it to the site's origin, e.g. https://example.org`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`SITE_URL="${value}" must start with https:// (or http://)`);
  if (url.pathname !== "/" || url.search || url.hash)
    throw new Error(
      `SITE_URL="${value}" has a path; give the origin only (${url.origin}) and put the sub-folder in BASE_PATH`,
    );
  return url.origin;
}

/** Warns, when a build starts without SITE_URL, that everything shared will point to the placeholder. */
export function siteUrlWarning(): AstroIntegration {
  return {
    name: "site-url",
    hooks: {
      "astro:build:start": ({ logger }) => {
        if (siteUrl() !== placeholderSiteUrl) return;
        logger.warn(
          `SITE_URL is not set: shared links, preview cards (og:url, og:image), canonical links, the sitemap and the QR codes will point to the placeholder ${placeholderSiteUrl}. Set SITE_URL to the site's origin (e.g. SITE_URL=https://example.org) for a build you publish.`,
        );
      },
    },
  };
}
