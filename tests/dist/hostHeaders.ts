/** The host headers of a build (dist/_headers, for Netlify or Cloudflare Pages) and a policy's directives. */
import { readFileSync } from "node:fs";

/** A CSP as directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The rules of a Netlify / Cloudflare Pages `_headers` file, in order. */
function parseHeadersFile(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!match?.[1] || !match[2] || !rule) throw new Error(`_headers: cannot read "${line}"`);
    rule.headers[match[1]] = match[2].trim();
  }
  return rules;
}

const headerRules = parseHeadersFile(readFileSync("dist/_headers", "utf8"));
/** The headers a host applies to a path: every matching rule, in order (`*` at the end is a prefix). */
export function headersFor(path: string): Record<string, string> {
  const pathname = path.split("?")[0] ?? path;
  const matching = headerRules.filter(({ pattern }) =>
    pattern.endsWith("*") ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern,
  );
  return Object.assign({}, ...matching.map((rule) => rule.headers)) as Record<string, string>;
}
export const pageHeaders = headersFor("/");

/** Sources a script-src may hold: the site itself, hashes, nonces; nothing that allows other code. */
export const safeScriptSource =
  /^'(self|none|strict-dynamic|(sha256|sha384|sha512)-[A-Za-z0-9+/=]+|nonce-[A-Za-z0-9+/=]+)'$/;

/**
 * What every page's own (meta) policy must say beyond script-src and style-src: the host headers'
 * policy, less frame-ancestors, which a meta tag cannot set, and manifest-src, which WebKit does not
 * know (it logs an error for it). On a host that sends no headers (GitHub Pages) it is the only policy.
 */
/** Directives of the host headers alone. */
export const headerOnlyDirectives: Record<string, string[]> = {
  "frame-ancestors": ["'none'"],
  "manifest-src": ["'self'"],
};

export const metaDirectives: Record<string, string[]> = {
  "default-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'none'"],
  "connect-src": ["'self'"],
  "worker-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
};
