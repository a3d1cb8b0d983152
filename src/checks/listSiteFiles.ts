import { readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * Every file below `siteDir`, as sorted `/`-separated paths relative to it. Synchronous inside on
 * purpose: a built archive holds hundreds of thousands of files, and the promise-based recursive
 * readdir makes one thread-pool round trip per folder (10.4 s wall against 2.8 s for 368k files).
 */
export async function listSiteFiles(siteDir: string): Promise<string[]> {
  const entries = readdirSync(siteDir, { recursive: true, withFileTypes: true });
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
