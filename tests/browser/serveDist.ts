import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

export interface DistServer {
  /** The site's root URL, base path included, ending in "/". */
  url: string;
  close(): Promise<void>;
}

/** Serves the built `dist/` on a free loopback port, under the configured base path. */
export async function serveDist(basePath = process.env.BASE_PATH ?? "/"): Promise<DistServer> {
  const base = `/${basePath.replace(/^\/|\/$/g, "")}/`.replace("//", "/");
  const assets = sirv("dist", { dev: false, etag: true, extensions: ["html"] });
  const server: Server = createServer((request, response) => {
    const url = request.url ?? "/";
    if (!url.startsWith(base)) {
      response.statusCode = 404;
      response.end("outside the base path");
      return;
    }
    request.url = `/${url.slice(base.length)}`;
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
