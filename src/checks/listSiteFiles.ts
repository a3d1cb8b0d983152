import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** Every file below `siteDir`, as sorted `/`-separated paths relative to it. */
export async function listSiteFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    // `parentPath` is Node ≥ 20.12; `path` is the older name of the same property.
    .map((entry) =>
      join(entry.parentPath ?? entry.path, entry.name)
        .slice(siteDir.length + 1)
        .split("\\")
        .join("/"),
    );
  return files.sort();
}
