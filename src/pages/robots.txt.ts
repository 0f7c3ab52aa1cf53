import type { APIRoute } from "astro";
import { withBase } from "../lib/withBase.ts";

/** Everything may be crawled; the sitemap lists every page of every edition. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase("sitemap.xml"), site).href}\n`, {
    headers: { "Content-Type": "text/plain" },
  });
