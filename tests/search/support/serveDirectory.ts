import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
};

export interface ServedDirectory {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1 (port chosen by the system) under `prefix`, with `headers` on
 * every response (e.g. a Content-Security-Policy), for tests only.
 */
export async function serveDirectory(
  root: string,
  prefix = "/",
  headers: Record<string, string> = {},
): Promise<ServedDirectory> {
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const relative = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : undefined;
    let file = relative === undefined ? undefined : path.join(root, relative);
    if (file && !file.startsWith(root)) file = undefined;
    try {
      if (!file) throw new Error("outside the prefix");
      if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
      await stat(file);
    } catch {
      response.writeHead(404, headers).end();
      return;
    }
    const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
    response.writeHead(200, { ...headers, "content-type": type });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
