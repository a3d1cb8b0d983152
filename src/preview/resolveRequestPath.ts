import { normalizePathPrefix } from "./normalizePathPrefix.ts";

/** Where a request path points inside the site folder, or why it points nowhere. */
export type ResolvedRequestPath =
  /** A path inside the site: `relativePath` is decoded, `/`-separated, with no `.` or `..` segments. */
  | { kind: "site"; relativePath: string; endsWithSlash: boolean }
  /** The bare prefix without its trailing slash (`/x`): hosts redirect it to `/x/`. */
  | { kind: "prefix-without-slash" }
  /** Outside the mounted prefix: nothing is served there. */
  | { kind: "outside-prefix" }
  /** Malformed percent-encoding, a NUL byte, or a segment that would climb out of the site. */
  | { kind: "rejected"; reason: string };

/**
 * Maps the path part of a request URL (still percent-encoded) to a file path relative to the site
 * root, the way a static host does: decode each segment (Arabic paths arrive percent-encoded, in
 * either letter case), match the prefix on the decoded segments, and refuse `..` in any spelling
 * instead of normalising it away.
 */
export function resolveRequestPath(urlPath: string, pathPrefix: string): ResolvedRequestPath {
  const prefix = normalizePathPrefix(pathPrefix);
  if (!urlPath.startsWith("/")) return { kind: "outside-prefix" };
  const segments: string[] = [];
  for (const rawSegment of urlPath.slice(1).split("/")) {
    try {
      segments.push(decodeURIComponent(rawSegment));
    } catch {
      return {
        kind: "rejected",
        reason: `malformed percent-encoding in ${JSON.stringify(rawSegment)}`,
      };
    }
  }
  const prefixSegments = prefix === "/" ? [] : prefix.slice(1, -1).split("/");
  if (prefixSegments.some((segment, index) => segments[index] !== segment))
    return { kind: "outside-prefix" };
  const rest = segments.slice(prefixSegments.length);
  if (rest.length === 0) return { kind: "prefix-without-slash" };
  const kept: string[] = [];
  for (const segment of rest) {
    if (segment.includes("\0")) return { kind: "rejected", reason: "NUL byte in path" };
    // A decoded segment may hide a separator (`%2F`, `%5C`) or be `..` itself: both could escape the root.
    if (segment === ".." || segment.includes("/") || segment.includes("\\")) {
      return { kind: "rejected", reason: `unsafe path segment ${JSON.stringify(segment)}` };
    }
    if (segment !== "" && segment !== ".") kept.push(segment);
  }
  return { kind: "site", relativePath: kept.join("/"), endsWithSlash: rest.at(-1) === "" };
}
