import { createReadStream, type Stats } from "node:fs";
import { readFile, realpath, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { join, resolve, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { cacheControlFor, cachePolicies } from "../publish/cacheControlFor.ts";
import { HOST_FILES } from "../publish/hostFiles.ts";
import { securityHeaders } from "../publish/securityHeaders.ts";
import { clientErrorResponse } from "./clientErrorResponse.ts";
import { contentTypeFor, isCompressible } from "./contentTypeFor.ts";
import { folderRedirectUrl } from "./folderRedirectUrl.ts";
import { normalizePathPrefix } from "./normalizePathPrefix.ts";
import { realPathInside } from "./realPathInside.ts";
import { resolveRequestPath } from "./resolveRequestPath.ts";
import { sendText } from "./sendText.ts";

/** Options of {@link createStaticServer}. */
export interface StaticServerOptions {
  /** The built site folder (e.g. `_site`). */
  root: string;
  /** URL path the site is mounted under, e.g. `/news-archive/`; `/` by default. */
  pathPrefix?: string;
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on; loopback by default so a preview is never exposed to the network. */
  host?: string;
  /** Extra headers for every response, or `false` to drop one of the defaults (tests use this). */
  headers?: Record<string, string | false>;
}

/** A running server and the URL of the site's home page on it. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>/<prefix>/`, ending with a slash. */
  url: string;
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves a built site folder the way a static host does: under a path prefix, `index.html` for
 * folders, the site's `404.html` with status 404 for anything missing, real content types,
 * gzip for text, security and cache headers, and no way out of the folder (not even through a
 * symbolic link).
 */
export async function createStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  // Every path served is compared with the root's real path, so links inside the site resolve first.
  const root = await realpath(resolve(options.root)).catch(() => resolve(options.root));
  const pathPrefix = normalizePathPrefix(options.pathPrefix);
  const baseHeaders = headersWithOverrides(securityHeaders(), options.headers);
  // A missing Host is refused below, with the site's headers (Node's own 400 had none).
  const server = createServer({ requireHostHeader: false }, (request, response) => {
    handleRequest({ root, pathPrefix, baseHeaders }, request, response).catch((error: unknown) => {
      if (!response.headersSent) sendText(response, 500, baseHeaders, "Internal error\n");
      else response.destroy(error instanceof Error ? error : undefined);
    });
  });
  // Node answers these itself, without the site's headers, unless the server does.
  server.on("checkExpectation", (_request: IncomingMessage, response: ServerResponse) =>
    sendText(response, 417, baseHeaders, "Expectation failed\n"),
  );
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    // As Node does: never write into a response already under way on this connection.
    const inFlight = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
    if (error.code === "ECONNRESET" || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorResponse(error.code, baseHeaders));
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once("error", rejectListen);
    server.listen(options.port ?? 0, host, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  return {
    url: `${origin}${encodeURI(pathPrefix)}`,
    origin,
    server,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

interface ServerContext {
  root: string;
  pathPrefix: string;
  baseHeaders: Record<string, string>;
}

async function handleRequest(
  context: ServerContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const { root, pathPrefix, baseHeaders } = context;
  if (request.method !== "GET" && request.method !== "HEAD") {
    sendText(response, 405, { ...baseHeaders, Allow: "GET, HEAD" }, "Method not allowed\n");
    return;
  }
  if (request.httpVersion === "1.1" && request.headers.host === undefined) {
    sendText(response, 400, baseHeaders, "Bad request: no Host header\n");
    return;
  }
  const rawUrl = request.url ?? "/";
  const queryStart = rawUrl.search(/[?#]/);
  const urlPath = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
  const query = queryStart === -1 ? "" : rawUrl.slice(queryStart);
  const resolved = resolveRequestPath(urlPath, pathPrefix);

  switch (resolved.kind) {
    case "prefix-without-slash":
      redirect(response, baseHeaders, `${encodeURI(pathPrefix)}${query}`);
      return;
    case "outside-prefix":
      sendText(response, 404, baseHeaders, `Not found: the site is served under ${pathPrefix}\n`);
      return;
    case "rejected":
      sendText(response, 400, baseHeaders, `Bad request: ${resolved.reason}\n`);
      return;
    case "site":
      break;
  }
  if (HOST_FILES.includes(resolved.relativePath)) {
    // Netlify and Cloudflare Pages read `_headers` and `_redirects` and serve neither.
    await sendNotFound(request, response, context);
    return;
  }

  const filePath = join(root, ...resolved.relativePath.split("/"));
  // resolveRequestPath already refuses `..`; this second guard keeps a future change from opening the disk.
  if (filePath !== root && !filePath.startsWith(root + sep)) {
    sendText(response, 400, baseHeaders, "Bad request\n");
    return;
  }
  const realPath = await realPathInside(root, filePath);
  const found = realPath === null ? null : await statOrNull(realPath);
  if (realPath !== null && found?.isDirectory()) {
    if (!resolved.endsWithSlash) {
      // Like GitHub Pages and Netlify: `/articles/2017` → `/articles/2017/`, so relative links resolve.
      redirect(response, baseHeaders, folderRedirectUrl(pathPrefix, resolved.relativePath, query));
      return;
    }
    const indexPath = await realPathInside(root, join(realPath, "index.html"));
    const index = indexPath === null ? null : await statOrNull(indexPath);
    if (indexPath !== null && index?.isFile()) {
      await sendFile(
        request,
        response,
        baseHeaders,
        indexPath,
        joinRelative(resolved.relativePath, "index.html"),
        index.size,
      );
      return;
    }
  } else if (realPath !== null && found?.isFile()) {
    await sendFile(request, response, baseHeaders, realPath, resolved.relativePath, found.size);
    return;
  }
  await sendNotFound(request, response, context);
}

async function sendNotFound(
  request: IncomingMessage,
  response: ServerResponse,
  context: ServerContext,
): Promise<void> {
  const notFoundPage = await realPathInside(context.root, join(context.root, "404.html"));
  const page = notFoundPage === null ? null : await readFile(notFoundPage).catch(() => null);
  if (page === null) {
    sendText(response, 404, context.baseHeaders, "Not found\n");
    return;
  }
  response.writeHead(404, {
    ...context.baseHeaders,
    "Content-Type": contentTypeFor("404.html"),
    "Content-Length": String(page.length),
    "Cache-Control": cachePolicies.revalidate,
  });
  response.end(request.method === "HEAD" ? undefined : page);
}

/** True when the client lists gzip in Accept-Encoding (and does not refuse it with q=0). */
function acceptsGzip(request: IncomingMessage): boolean {
  const header = request.headers["accept-encoding"];
  const accepted = Array.isArray(header) ? header.join(",") : (header ?? "");
  return accepted
    .split(",")
    .map((part) => part.trim().toLowerCase().split(";"))
    .some(
      ([coding, ...params]) =>
        coding === "gzip" && !params.some((p) => /^q=0(\.0*)?$/.test(p.trim())),
    );
}

async function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  baseHeaders: Record<string, string>,
  filePath: string,
  relativePath: string,
  size: number,
): Promise<void> {
  // The type comes from the requested name: a link `x.html` to `y.txt` is served as the host would.
  const contentType = contentTypeFor(relativePath);
  // Like every static host: text goes out gzipped to clients that accept it.
  const compressible = isCompressible(contentType);
  const gzip = compressible && acceptsGzip(request);
  response.writeHead(200, {
    ...baseHeaders,
    "Content-Type": contentType,
    ...(gzip ? { "Content-Encoding": "gzip" } : { "Content-Length": String(size) }),
    ...(compressible ? { Vary: "Accept-Encoding" } : {}),
    "Cache-Control": cacheControlFor(relativePath),
  });
  if (request.method === "HEAD") {
    response.end();
    return;
  }
  // pipeline closes the file (and the gzip stream) when the client leaves mid-download; `pipe` did
  // not, so every aborted download kept a descriptor open.
  const file = createReadStream(filePath);
  const delivered = gzip ? pipeline(file, createGzip(), response) : pipeline(file, response);
  await delivered.catch(() => {
    // An aborted download is the client's choice, not a server error; pipeline has destroyed all streams.
  });
}

function redirect(
  response: ServerResponse,
  headers: Record<string, string>,
  location: string,
): void {
  response.writeHead(301, {
    ...headers,
    Location: location,
    "Content-Length": "0",
    "Cache-Control": "no-store",
  });
  response.end();
}

async function statOrNull(path: string): Promise<Stats | null> {
  return stat(path).catch(() => null);
}

function joinRelative(directory: string, name: string): string {
  return directory === "" ? name : `${directory}/${name}`;
}

function headersWithOverrides(
  defaults: Record<string, string>,
  overrides: Record<string, string | false> | undefined,
): Record<string, string> {
  const merged: Record<string, string> = { ...defaults };
  for (const [name, value] of Object.entries(overrides ?? {})) {
    if (value === false) delete merged[name];
    else merged[name] = value;
  }
  return merged;
}
