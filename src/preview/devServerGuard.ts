import { lstat, realpath } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join, resolve } from "node:path";
import { securityHeaders } from "../publish/securityHeaders.ts";
import { realPathInside } from "./realPathInside.ts";
import { resolveRequestPath } from "./resolveRequestPath.ts";
import { sendText } from "./sendText.ts";

/** A connect-style middleware, as Eleventy's dev server runs them (`setServerOptions({ middleware })`). */
export type DevServerMiddleware = (
  request: IncomingMessage,
  response: ServerResponse,
  next: () => unknown,
) => Promise<void>;

/**
 * The preview's rules in front of Eleventy's dev server (`build --serve`), which on its own threw
 * "Invalid path" out of its request handler for `/..%2f..` (killing the process), served a sibling
 * folder whose name starts with the output folder's, and followed symbolic links out of the site.
 * Malformed or climbing paths answer 400, a file whose real path leaves the site 404, and an error
 * in the dev server's own handler answers 500 instead of ending the process.
 */
export function devServerGuard(root: string, pathPrefix: string): DevServerMiddleware {
  return async (request, response, next) => {
    const rawUrl = request.url ?? "/";
    const resolved = resolveRequestPath(rawUrl.split(/[?#]/, 1)[0] ?? "/", pathPrefix);
    if (resolved.kind === "rejected") {
      refuse(response, 400, `Bad request: ${resolved.reason}\n`);
      return;
    }
    if (resolved.kind === "site" && (await leavesSite(root, resolved.relativePath))) {
      refuse(response, 404, "Not found\n");
      return;
    }
    try {
      await next();
    } catch {
      if (!response.headersSent) refuse(response, 500, "Internal error\n");
      else response.destroy();
    }
  };
}

/** Whether any file the dev server may answer with (`x`, `x.html`, `x/index.html`) really lies outside the site. */
async function leavesSite(root: string, relativePath: string): Promise<boolean> {
  const realRoot = await realpath(resolve(root)).catch(() => resolve(root));
  const path = join(realRoot, ...relativePath.split("/"));
  for (const candidate of [path, `${path}.html`, join(path, "index.html")]) {
    const exists = await lstat(candidate).then(
      () => true,
      () => false,
    );
    if (exists && (await realPathInside(realRoot, candidate)) === null) return true;
  }
  return false;
}

function refuse(response: ServerResponse, status: number, body: string): void {
  sendText(response, status, securityHeaders(), body);
}
