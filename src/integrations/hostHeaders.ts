import { globSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/** The directives whose hashes the pages' inline scripts and styles need. */
const hashedDirectives = ["script-src", "style-src"] as const;

/** The hashes ('sha256-…') a page's meta policy gives each hashed directive. */
export function metaPolicyHashes(html: string): Map<string, string[]> {
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? "";
  const hashes = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && (hashedDirectives as readonly string[]).includes(name))
      hashes.set(
        name,
        sources.filter((source) => /^'sha(256|384|512)-/.test(source)),
      );
  }
  return hashes;
}

/**
 * The host headers' policy with every page's hashes added to its script-src and style-src: the
 * inline styles and the mode script are allowed by hash, as in each page's meta policy, and nothing
 * else inline is. A header line the policy does not name is left as it is.
 */
export function withPageHashes(headersFile: string, pages: string[]): string {
  const union = new Map<string, Set<string>>(hashedDirectives.map((name) => [name, new Set<string>()]));
  for (const html of pages)
    for (const [name, hashes] of metaPolicyHashes(html)) for (const hash of hashes) union.get(name)?.add(hash);
  return headersFile.replace(/^(\s+Content-Security-Policy:)(.*)$/m, (_line, key: string, policy: string) => {
    const directives = policy.split(";").map((part) => {
      const [name] = part.trim().split(/\s+/);
      const hashes = [...(union.get(name ?? "") ?? [])].sort();
      return hashes.length > 0 ? `${part.trimEnd()} ${hashes.join(" ")}` : part;
    });
    return `${key}${directives.join(";")}`;
  });
}

/**
 * The Astro integration: after the build, dist/_headers (from public/_headers) gets the hashes of
 * every inline script and style the pages carry, so a host that sends the header policy (Netlify,
 * Cloudflare Pages) allows exactly what each page's own meta policy allows.
 */
export function hostHeaders(): AstroIntegration {
  return {
    name: "host-headers",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const file = path.join(outDir, "_headers");
        const pages = globSync("**/*.html", { cwd: outDir }).map((page) =>
          readFileSync(path.join(outDir, page), "utf8"),
        );
        const headers = withPageHashes(readFileSync(file, "utf8"), pages);
        writeFileSync(file, headers);
        logger.info(`_headers: the policy allows the pages' inline scripts and styles by hash`);
      },
    },
  };
}
