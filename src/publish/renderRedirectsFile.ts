import { normalizePathPrefix } from "../preview/normalizePathPrefix.ts";

/**
 * The `_redirects` file for Netlify and Cloudflare Pages, or undefined when none is needed.
 * A site built with a path prefix but deployed at a host's root still works: requests under the
 * prefix are rewritten (status 200, not a redirect) to the files, and `/` sends readers to the prefix.
 */
export function renderRedirectsFile(pathPrefix: string): string | undefined {
  const prefix = normalizePathPrefix(pathPrefix);
  if (prefix === "/") return undefined;
  return [
    `# Written by news-archive build for the path prefix ${prefix}; do not edit by hand.`,
    `${prefix}*  /:splat  200`,
    `/  ${prefix}  302`,
    "",
  ].join("\n");
}
