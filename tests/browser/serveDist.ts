import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

export interface DistServer {
  /** The site's root URL, base path included, ending in "/". */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a build (`dist/`, or `dir`) on a free loopback port, under the configured base path.
 * `headers`, if given, adds response headers by path below the base, as a host's `_headers` file does.
 */
export async function serveDist(
  basePath = process.env.BASE_PATH ?? "/",
  dir = "dist",
  headers?: (path: string) => Record<string, string>,
): Promise<DistServer> {
  const base = `/${basePath.replace(/^\/|\/$/g, "")}/`.replace("//", "/");
  const assets = sirv(dir, { dev: false, etag: true, extensions: ["html"] });
  const server: Server = createServer((request, response) => {
    const url = request.url ?? "/";
    if (!url.startsWith(base)) {
      response.statusCode = 404;
      response.end("outside the base path");
      return;
    }
    request.url = `/${url.slice(base.length)}`;
    for (const [name, value] of Object.entries(headers?.(request.url) ?? {})) response.setHeader(name, value);
    assets(request, response, () => {
      response.statusCode = 404;
      response.end("not found");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
