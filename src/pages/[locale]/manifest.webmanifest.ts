import type { APIRoute, GetStaticPaths } from "astro";
import { localeInfo, publishedLocales, type Locale } from "../../i18n/locales.ts";
import { ui } from "../../i18n/ui.ts";
import { routes } from "../../routes/routes.ts";
import { site } from "../../share/site.ts";

/** A web app manifest per edition, so "add to home screen" opens the reader's own edition. */
export const getStaticPaths: GetStaticPaths = () => publishedLocales.map((locale) => ({ params: { locale } }));

export const GET: APIRoute = ({ params }) => {
  const locale = params["locale"] as Locale;
  const strings = ui(locale);
  const manifest = {
    name: strings.siteTitle,
    short_name: strings.siteTitle.split(/[:：]/)[0],
    description: strings.siteStandfirst,
    lang: localeInfo(locale).lang,
    start_url: routes.cover(locale),
    scope: routes.root(),
    display: "standalone",
    background_color: site.backgroundColour,
    theme_color: site.themeColour,
    icons: [192, 512].map((size) => ({
      src: routes.icon(size),
      sizes: `${size}x${size}`,
      type: "image/png",
    })),
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { "Content-Type": "application/manifest+json" } });
};
