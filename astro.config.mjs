// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import remarkCjkFriendly from "remark-cjk-friendly";
import { remarkScrolly } from "./src/mdx/remarkScrolly.ts";
import { remarkCitations } from "./src/mdx/remarkCitations.ts";
import { remarkGlossary } from "./src/mdx/remarkGlossary.ts";
import { simplifiedEdition } from "./src/integrations/simplifiedEdition.ts";
import { serviceWorker } from "./src/integrations/serviceWorker.ts";
import { hostHeaders } from "./src/integrations/hostHeaders.ts";
import { siteUrl, siteUrlWarning } from "./src/share/siteUrl.ts";

/**
 * SITE_URL (the origin, the one source of every absolute address: see src/share/siteUrl.ts) and
 * BASE_PATH let the same build be served from a domain root or a sub-folder (as on GitHub Pages);
 * every link goes through the base path.
 */
const site = siteUrl();
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site,
  base,
  output: "static",
  trailingSlash: "always",
  // Styles inline in each page's <head> (allowed by hash): no request stands between the HTML and the first paint.
  build: { format: "directory", inlineStylesheets: "always" },
  // The unified processor runs remark plugins: remarkScrolly checks and annotates the
  // scrolly sections; remarkCitations numbers the source marks in reading order; remarkGlossary
  // links each term's first use to the glossary; remark-cjk-friendly lets **bold** sit next to
  // Chinese punctuation.
  markdown: {
    syntaxHighlight: false,
    processor: unified({ remarkPlugins: [remarkCjkFriendly, remarkScrolly, remarkCitations, remarkGlossary] }),
  },
  integrations: [siteUrlWarning(), simplifiedEdition(), mdx(), serviceWorker(), hostHeaders()],
  // Every page's meta policy: Astro adds script-src and style-src with the hashes it needs; these are the
  // rest, the same as the host headers in public/_headers, so a host that sends no headers (GitHub Pages)
  // still serves a strict policy. Only directives every engine knows: WebKit logs an error for
  // manifest-src in a meta policy, so that one (and frame-ancestors, which a meta tag cannot set) is in
  // the host headers alone.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'none'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // No assets inlined as data: URLs; the few inline scripts and styles are allowed by hash, in each page's
  // meta policy and in the host headers (src/integrations/hostHeaders.ts writes the hashes into dist/_headers).
  vite: { build: { assetsInlineLimit: 0 } },
});
