import { request } from "node:http";

/** Status, headers and body text of one HTTP response. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The body exactly as received (still compressed when the server compressed it). */
  bytes: Buffer;
}

/**
 * Sends a request with the path exactly as given: unlike `fetch`, Node's http client does not
 * normalise `..` or re-encode the path, so traversal attempts reach the server intact.
 */
export function rawRequest(
  origin: string,
  rawPath: string,
  method = "GET",
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const outgoing = request({ hostname, port, path: rawPath, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString("utf8"),
          bytes: Buffer.concat(chunks),
        }),
      );
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}
