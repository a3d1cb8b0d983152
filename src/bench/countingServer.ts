import { createReadStream, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** What a search file is, for a breakdown of what a query downloads. */
export type SearchFileKind =
  | "runtime"
  | "wasm"
  | "entry"
  | "meta"
  | "filter"
  | "index"
  | "fragment"
  | "directory"
  | "manifest"
  | "other";

/** The kind of a file the search page fetches, from its URL path. */
export function searchFileKind(pathname: string): SearchFileKind {
  if (/\/terms\/[^/]+\.json$/.test(pathname)) return "directory";
  if (pathname.endsWith("/shards.json")) return "manifest";
  if (pathname.endsWith("pagefind-entry.json")) return "entry";
  if (pathname.endsWith(".pf_meta")) return "meta";
  if (/\/filter\/[^/]+$/.test(pathname)) return "filter";
  if (/\/index\/[^/]+$/.test(pathname)) return "index";
  if (/\/fragment\/[^/]+$/.test(pathname)) return "fragment";
  if (/\.(pagefind|wasm)$/.test(pathname)) return "wasm";
  if (pathname.endsWith(".js")) return "runtime";
  return "other";
}

/** Compressed bytes and requests since the last `take`, in all and by kind of file. */
export interface CountedTraffic {
  bytes: number;
  requests: number;
  byKind: Partial<Record<SearchFileKind, number>>;
}

/** A static server on 127.0.0.1 that adds up what it sends, as hosts send it (gzip). */
export interface CountingServer {
  origin: string;
  /** Compressed bytes sent since the last call, and the number of requests. */
  take(): CountedTraffic;
  /** Drops what was sent since the last `take`, and forgets it was cached (`browserCache`). */
  discard(): void;
  /** Forgets every file sent so far (`browserCache`): the next request is a fresh page's. */
  forgetCache(): void;
  close(): Promise<void>;
}

export interface CountingServerOptions {
  /**
   * Count as one browser page would: a file sent once costs nothing again, as the site's
   * Cache-Control (`cacheControlFor`) lets the browser keep every file: index files are
   * immutable, pagefind.js, its wasm and JSON files are revalidated (a 304 without a body).
   * A URL with a query string (`pagefind-entry.json?ts=…`) is always sent in full.
   */
  browserCache?: boolean;
}

// Pagefind's index files are gzip inside already (hosts send them as they are); text is gzipped.
const COMPRESSED_ALREADY = /\.(pf_fragment|pf_index|pf_meta|pf_filter|pagefind|woff2|png)$/;

/**
 * Serves `root` for a measurement: every response counts with the size a host compressing text
 * (gzip -6) would send. Only for benchmarks on the loopback.
 */
export async function startCountingServer(
  root: string,
  options: CountingServerOptions = {},
): Promise<CountingServer> {
  const sizes = new Map<string, number>();
  const cached = new Set<string>();
  let cachedSinceTake: string[] = [];
  let bytes = 0;
  let requests = 0;
  let byKind: CountedTraffic["byKind"] = {};
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
    const url = request.url ?? "/";
    const fromCache = options.browserCache === true && !url.includes("?") && cached.has(url);
    if (options.browserCache && !url.includes("?") && !fromCache) {
      cached.add(url);
      cachedSinceTake.push(url);
    }
    const size = fromCache ? 0 : sentSize(file);
    bytes += size;
    requests += 1;
    const kind = searchFileKind(pathname);
    byKind[kind] = (byKind[kind] ?? 0) + size;
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
  const take = (): CountedTraffic => {
    const taken = { bytes, requests, byKind };
    bytes = 0;
    requests = 0;
    byKind = {};
    cachedSinceTake = [];
    return taken;
  };
  // A query over every shard opens hundreds of connections at once (Pagefind fetches up to 100
  // files per index in parallel): the default backlog of 511 drops some, and a fetch then fails.
  await new Promise<void>((resolve) =>
    server.listen({ port: 0, host: "127.0.0.1", backlog: 4096 }, resolve),
  );
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    take,
    discard() {
      for (const url of cachedSinceTake) cached.delete(url);
      take();
    },
    forgetCache() {
      cached.clear();
      cachedSinceTake = [];
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The gzip size of a file, for files a page loads outside the counted server (e.g. pagefind.js). */
export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

/** Attempts of a loopback fetch that fails as a network error (a refused or reset connection). */
const FETCH_ATTEMPTS = 3;

/**
 * A fetch tried again when the connection fails: on a loaded machine the counting server, which
 * shares its process with the searches it serves, sometimes answers a connection too late, and
 * pagefind.js would then search on without that file (or fail outright without its metadata).
 */
async function fetchRetrying(
  original: typeof fetch,
  args: Parameters<typeof fetch>,
): Promise<Response> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await original(...args);
    } catch (error) {
      if (attempt >= FETCH_ATTEMPTS || !(error instanceof TypeError)) throw error;
    }
  }
}

/**
 * Lets at most `max` of this process's fetches be in flight at once (as a browser limits its
 * connections to a host) until the returned function is called. The counting server runs in the
 * same process as the pagefind.js it serves: a query over every shard would otherwise open
 * thousands of connections while a search holds the event loop, and some time out.
 */
export function limitFetchConcurrency(max: number): () => void {
  const original = globalThis.fetch;
  let active = 0;
  const waiting: (() => void)[] = [];
  globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
    if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      const response = await fetchRetrying(original, args);
      // The body is read later: hold the slot until it has been, as a connection would be.
      const body = await response.arrayBuffer();
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
  return () => {
    globalThis.fetch = original;
  };
}
