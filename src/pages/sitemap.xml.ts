import type { APIRoute } from "astro";
import { getChapters } from "../story/chapters.ts";
import { localeInfo, publishedLocales } from "../i18n/locales.ts";
import { editionPages, routes } from "../routes/routes.ts";

/** Every page of every edition, each listing its counterparts in the other editions (hreflang). */
export const GET: APIRoute = async ({ site }) => {
  const absolute = (route: string) => routes.absolute(route, site);
  const slugs = [...new Set((await getChapters()).map((chapter) => chapter.slug))];
  const pagePaths = [
    editionPages.cover,
    ...slugs.map((slug) => `${slug}/`),
    editionPages.print,
    editionPages.glossary,
    editionPages.guide,
    editionPages.worksheet,
    editionPages.handout,
  ];
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const urls = publishedLocales.flatMap((locale) =>
    pagePaths.map((pagePath) => {
      const alternates = publishedLocales
        .map(
          (edition) =>
            `    <xhtml:link rel="alternate" hreflang="${localeInfo(edition).lang}" href="${escape(absolute(routes.page(edition, pagePath)))}"/>`,
        )
        .join("\n");
      return `  <url>\n    <loc>${escape(absolute(routes.page(locale, pagePath)))}</loc>\n${alternates}\n  </url>`;
    }),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url>\n    <loc>${escape(absolute(routes.root()))}</loc>\n  </url>
${urls.join("\n")}
</urlset>
`;
  return new Response(xml, { headers: { "Content-Type": "application/xml" } });
};
