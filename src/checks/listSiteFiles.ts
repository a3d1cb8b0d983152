import { readdirSync } from "node:fs";

/**
 * Every file below `siteDir`, as sorted `/`-separated paths relative to it. Synchronous inside on
 * purpose: a built archive holds hundreds of thousands of files, and the promise-based recursive
 * readdir makes one thread-pool round trip per folder (10.4 s wall against 2.8 s for 368k files).
 * Each folder's relative path is built as the walk goes down, instead of joining every entry's
 * absolute path and cutting it again (half the CPU for 370k files).
 */
export async function listSiteFiles(siteDir: string): Promise<string[]> {
  const files: string[] = [];
  const folders = [""];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    const entries = readdirSync(folder ? `${siteDir}/${folder}` : siteDir, { withFileTypes: true });
    for (const entry of entries) {
      const relative = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) folders.push(relative);
      else if (entry.isFile()) files.push(relative);
    }
  }
  return files.sort();
}
