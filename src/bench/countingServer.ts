import { createReadStream, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** A static server on 127.0.0.1 that adds up what it sends, as hosts send it (gzip). */
export interface CountingServer {
  origin: string;
  /** Compressed bytes sent since the last call, and the number of requests. */
  take(): { bytes: number; requests: number };
  close(): Promise<void>;
}

// Pagefind's index files are gzip inside already (hosts send them as they are); text is gzipped.
const COMPRESSED_ALREADY = /\.(pf_fragment|pf_index|pf_meta|pf_filter|pagefind|woff2|png)$/;

/**
 * Serves `root` for a measurement: every response counts with the size a host compressing text
 * (gzip -6) would send. Only for benchmarks on the loopback.
 */
export async function startCountingServer(root: string): Promise<CountingServer> {
  const sizes = new Map<string, number>();
  let bytes = 0;
  let requests = 0;
  const sentSize = (file: string): number => {
    let size = sizes.get(file);
    if (size === undefined) {
      size = COMPRESSED_ALREADY.test(file)
        ? statSync(file).size
        : gzipSync(readFileSync(file)).length;
      sizes.set(file, size);
    }
    return size;
  };
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = path.join(root, pathname);
    try {
      if (!file.startsWith(root) || !statSync(file).isFile()) throw new Error("not a file");
    } catch {
      response.writeHead(404).end();
      return;
    }
    bytes += sentSize(file);
    requests += 1;
    const type =
      file.endsWith(".wasm") || file.endsWith(".pagefind")
        ? "application/wasm"
        : "application/octet-stream";
    response.writeHead(200, { "content-type": file.endsWith(".json") ? "application/json" : type });
    createReadStream(file).pipe(response);
  });
  // Under load a client may reuse a kept-alive socket just as a short timeout closes it.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 130_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    take() {
      const taken = { bytes, requests };
      bytes = 0;
      requests = 0;
      return taken;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The gzip size of a file, for files a page loads outside the counted server (e.g. pagefind.js). */
export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file)).length;
}
