// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import remarkCjkFriendly from "remark-cjk-friendly";
import { remarkScrolly } from "./src/build/remarkScrolly.ts";
import { remarkCitations } from "./src/build/remarkCitations.ts";
import { remarkGlossary } from "./src/build/remarkGlossary.ts";
import { simplifiedEdition } from "./src/build/simplifiedEdition.ts";
import { serviceWorker } from "./src/build/serviceWorker.ts";
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
  build: { format: "directory" },
  // The unified processor runs remark plugins: remarkScrolly checks and annotates the
  // scrolly sections; remarkCitations numbers the source marks in reading order; remarkGlossary
  // links each term's first use to the glossary; remark-cjk-friendly lets **bold** sit next to
  // Chinese punctuation.
  markdown: {
    syntaxHighlight: false,
    processor: unified({ remarkPlugins: [remarkCjkFriendly, remarkScrolly, remarkCitations, remarkGlossary] }),
  },
  integrations: [siteUrlWarning(), simplifiedEdition(), mdx(), serviceWorker()],
  // Every page's meta policy: Astro adds script-src and style-src with the hashes it needs; these are the
  // rest, the same as the host headers in public/_headers (a meta tag cannot set frame-ancestors), so a
  // host that sends no headers (GitHub Pages) still serves a strict policy.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'none'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // No inline scripts or styles: every script is a same-origin file, so the host's header CSP
  // (public/_headers) can say `script-src 'self'` without hashes that change with every build.
  vite: { build: { assetsInlineLimit: 0 } },
});
