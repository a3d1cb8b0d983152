/** Cache-Control policies, from "never changes" to "check every time". */
export const cachePolicies = {
  /** A file whose name carries a hash of its content: a new version gets a new name. */
  immutable: "public, max-age=31536000, immutable",
  /** Pages and anything whose name stays the same when its content changes. */
  revalidate: "public, max-age=0, must-revalidate",
  /** Rarely changing, unhashed static files (fonts, icons): an hour of staleness is harmless. */
  short: "public, max-age=3600",
} as const;

export type CachePolicyName = keyof typeof cachePolicies;

// Pagefind names its index chunks after their content (`fragment/ar_17db737.pf_fragment`,
// `pagefind.ar_90f89777d8.pf_meta`); pagefind.js, its wasm and pagefind-entry.json keep fixed names.
const pagefindChunkDirectory = /(^|\/)pagefind\/(.+\/)?(fragment|index|filter)\/[^/]+$/;
const pagefindMeta = /(^|\/)pagefind\/(.+\/)?[^/]+\.pf_meta$/;
// `site.3f2a9c1b.css`, `font-0a1b2c3d4e.woff2`, `app_9f8e7d6c.js`: 8+ hex characters before the extension.
const fingerprintedName = /[._-][0-9a-f]{8,64}\.[a-z0-9]+$/i;
const documentLike = /(\.html|\.xml|\.json|\.txt|\.webmanifest|\/)$/i;

/** Which cache policy a site file gets, from its path relative to the site root (`/` separated). */
export function cachePolicyFor(relativePath: string): CachePolicyName {
  const path = relativePath.replace(/^\/+/, "");
  if (pagefindChunkDirectory.test(path) || pagefindMeta.test(path)) return "immutable";
  const fileName = path.slice(path.lastIndexOf("/") + 1);
  if (!path.includes("pagefind/") && fingerprintedName.test(fileName)) return "immutable";
  if (path === "" || documentLike.test(path)) return "revalidate";
  // pagefind.js, the wasm and the UI must match pagefind-entry.json, which is revalidated.
  if (/(^|\/)pagefind\//.test(path)) return "revalidate";
  return "short";
}

/** The Cache-Control header value for a site file (path relative to the site root). */
export function cacheControlFor(relativePath: string): string {
  return cachePolicies[cachePolicyFor(relativePath)];
}
