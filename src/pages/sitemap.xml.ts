import type { APIRoute } from "astro";
import { getChapters } from "../data/chapters.ts";
import { localeInfo, publishedLocales } from "../i18n/locales.ts";
import { teachPages } from "../lib/teachLinks.ts";
import { withBase } from "../lib/withBase.ts";

/** Every page of every edition, each listing its counterparts in the other editions (hreflang). */
export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(withBase(path), site).href;
  const slugs = [...new Set((await getChapters()).map((chapter) => chapter.slug))];
  const pagePaths = [
    "",
    ...slugs.map((slug) => `${slug}/`),
    "print/",
    "glossary/",
    teachPages.guide,
    teachPages.worksheet,
    teachPages.handout,
  ];
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const urls = publishedLocales.flatMap((locale) =>
    pagePaths.map((pagePath) => {
      const alternates = publishedLocales
        .map(
          (edition) =>
            `    <xhtml:link rel="alternate" hreflang="${localeInfo(edition).lang}" href="${escape(absolute(`${edition}/${pagePath}`))}"/>`,
        )
        .join("\n");
      return `  <url>\n    <loc>${escape(absolute(`${locale}/${pagePath}`))}</loc>\n${alternates}\n  </url>`;
    }),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url>\n    <loc>${escape(absolute(""))}</loc>\n  </url>
${urls.join("\n")}
</urlset>
`;
  return new Response(xml, { headers: { "Content-Type": "application/xml" } });
};
