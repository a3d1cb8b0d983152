import { realpath } from "node:fs/promises";
import { sep } from "node:path";

/**
 * The real path of `path` (symbolic links followed) when it exists and stays inside `realRoot`
 * (itself a real path), otherwise null: a link to `/etc` inside the site serves nothing.
 */
export async function realPathInside(realRoot: string, path: string): Promise<string | null> {
  const real = await realpath(path).catch(() => null);
  if (real === null) return null;
  return real === realRoot || real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep)
    ? real
    : null;
}
