import { STATUS_CODES } from "node:http";

// Node's own statuses for a request it cannot parse (see `socketOnError` in node:_http_server).
const statusFor: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/**
 * The raw bytes answering a request Node could not parse (a URL or headers too long, bytes that
 * are not HTTP, no Host): the status Node would send, with the site's security headers, which
 * Node's own bare answer lacks, and `Connection: close`.
 */
export function clientErrorResponse(
  errorCode: string | undefined,
  headers: Record<string, string>,
): string {
  const status = statusFor[errorCode ?? ""] ?? 400;
  const reason = STATUS_CODES[status] ?? "Bad Request";
  const body = `${reason}\n`;
  const lines = Object.entries({
    ...headers,
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(body)),
    "Cache-Control": "no-store",
    Connection: "close",
  }).map(([name, value]) => `${name}: ${value}\r\n`);
  return `HTTP/1.1 ${status} ${reason}\r\n${lines.join("")}\r\n${body}`;
}
