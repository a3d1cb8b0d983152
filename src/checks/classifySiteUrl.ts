import { normalizePathPrefix } from "../preview/normalizePathPrefix.ts";
import { resolveRequestPath } from "../preview/resolveRequestPath.ts";

// Any host works: only the path of the resolved URL is used.
const siteOrigin = "http://site.invalid";

/** What a URL written in a page points at, seen from the site. */
export type SiteUrlTarget =
  /** A path on this site: `relativePath` is the decoded path below the prefix (may name a folder). */
  | {
      kind: "internal";
      relativePath: string;
      endsWithSlash: boolean;
      fragment: string;
      samePage: boolean;
    }
  /** Same host but outside the path prefix: it works only when the site is served from `/`. */
  | { kind: "outside-prefix"; path: string }
  /** Another host (`https:`, `//host`): not checked, only collected. */
  | { kind: "external"; url: string }
  /** `mailto:`, `tel:`, `data:`, `javascript:` … : nothing to fetch on this site. */
  | { kind: "other-scheme"; scheme: string }
  /** Unparseable, or climbs out of the site with `..`. */
  | { kind: "invalid"; reason: string };

/**
 * Resolves a URL written in a page against the page's own URL (and `<base href>`), the way a
 * browser does, and says where it lands relative to the site's path prefix.
 */
export function classifySiteUrl(
  url: string,
  pageUrlPath: string,
  pathPrefix: string,
  baseHref?: string,
): SiteUrlTarget {
  const schemeMatch = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  const scheme = schemeMatch?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== "http" && scheme !== "https")
    return { kind: "other-scheme", scheme };
  if (scheme !== undefined || url.startsWith("//")) return { kind: "external", url };
  let resolved: URL;
  try {
    const pageUrl = new URL(pageUrlPath, siteOrigin);
    const base = baseHref === undefined ? pageUrl : new URL(baseHref, pageUrl);
    if (base.origin !== siteOrigin) return { kind: "external", url: new URL(url, base).href };
    resolved = new URL(url, base);
  } catch {
    return { kind: "invalid", reason: "not a valid URL" };
  }
  const prefix = normalizePathPrefix(pathPrefix);
  const request = resolveRequestPath(resolved.pathname, prefix);
  switch (request.kind) {
    case "outside-prefix":
      return { kind: "outside-prefix", path: resolved.pathname };
    case "prefix-without-slash":
      return {
        kind: "internal",
        relativePath: "",
        endsWithSlash: false,
        fragment: "",
        samePage: false,
      };
    case "rejected":
      return { kind: "invalid", reason: request.reason };
    case "site":
      return {
        kind: "internal",
        relativePath: request.relativePath,
        endsWithSlash: request.endsWithSlash,
        fragment: decodeFragment(resolved.hash),
        samePage: url.startsWith("#"),
      };
  }
}

/** The URL path a file is served at: `a/b/index.html` → `/prefix/a/b/`, `404.html` → `/prefix/404.html`. */
export function pageUrlPathFor(relativeFile: string, pathPrefix: string): string {
  const prefix = normalizePathPrefix(pathPrefix);
  const servedPath =
    relativeFile === "index.html" ? "" : relativeFile.replace(/(^|\/)index\.html$/, "$1");
  return prefix + servedPath.split("/").map(encodeURIComponent).join("/");
}

function decodeFragment(hash: string): string {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
