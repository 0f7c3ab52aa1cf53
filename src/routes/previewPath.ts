import type { Locale } from "../i18n/locales.ts";

/** Preview cards are 1200×630, the size chat apps and social sites crop to. */
export const previewSize = { width: 1200, height: 630 } as const;

/**
 * Where a page's preview image is built, below the base path: the language cover's at
 * og/index.png, an edition's cover at og/<locale>/index.png, a chapter's at og/<locale>/<slug>.png.
 */
export function previewPath(locale: Locale, pagePath: string | null): string {
  if (pagePath === null) return "og/index.png";
  const slug = pagePath.replace(/\/$/, "");
  return `og/${locale}/${slug === "" ? "index" : slug}.png`;
}
