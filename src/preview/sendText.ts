import type { ServerResponse } from "node:http";

/** Answers with a short plain-text body that is never cached, under the given (security) headers. */
export function sendText(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string,
): void {
  const bytes = Buffer.from(body, "utf8");
  response.writeHead(status, {
    ...headers,
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": String(bytes.length),
    "Cache-Control": "no-store",
  });
  response.end(bytes);
}
