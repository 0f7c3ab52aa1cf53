import type { APIRoute } from "astro";
import { routes } from "../routes/routes.ts";

/** Everything may be crawled; the sitemap lists every page of every edition. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${routes.absolute(routes.sitemap(), site)}\n`, {
    headers: { "Content-Type": "text/plain" },
  });
