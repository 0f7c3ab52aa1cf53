import path from "node:path";

/** Where rendered cards and unpacked fonts are kept between builds (with other tools' caches, never committed). */
export function cardCacheDir(): string {
  return path.join(process.cwd(), "node_modules", ".cache", "longgang-cards");
}
