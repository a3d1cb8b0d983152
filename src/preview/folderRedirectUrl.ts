/**
 * The slashed URL of a site folder, rebuilt from its decoded path instead of echoing the request:
 * `//archive` must become `/archive/`, never `//archive/`, which a browser reads as another host.
 */
export function folderRedirectUrl(pathPrefix: string, relativePath: string, query: string): string {
  const encoded = relativePath
    .split("/")
    .filter((segment) => segment !== "")
    .map((segment) => `${encodeURIComponent(segment)}/`)
    .join("");
  const location = `${encodeURI(pathPrefix)}${encoded}${query}`;
  // A path-only Location that starts with exactly one `/` (and no `/\`) stays on this origin.
  return /^\/(?![/\\])/.test(location) ? location : "/";
}
