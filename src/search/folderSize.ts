import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Files and bytes under a folder. Synchronous on purpose: an index holds tens of thousands of
 * small files, and one thread-pool round trip per file makes the async API several times slower.
 */
export function folderSize(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
