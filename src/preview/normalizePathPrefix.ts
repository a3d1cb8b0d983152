/** Turns `x`, `/x`, `/x/`, `` into the `/x/` (or `/`) form used for every URL comparison. */
export function normalizePathPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? "").trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}
