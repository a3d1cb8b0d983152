import { lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Files and bytes found under some folders. */
export interface WrittenFiles {
  /** Files modified at or after the given time. */
  files: number;
  bytes: number;
  /** All files under the folders, written in this run or not. */
  totalFiles: number;
  totalBytes: number;
}

/** Counts the files under `dirs` and those modified since `sinceMs` (missing folders count as empty). */
export function countWrittenFiles(dirs: readonly string[], sinceMs: number): WrittenFiles {
  const result: WrittenFiles = { files: 0, bytes: 0, totalFiles: 0, totalBytes: 0 };
  const pending = [...dirs];
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        pending.push(path);
      } else if (entry.isFile()) {
        const stat = lstatSync(path);
        result.totalFiles += 1;
        result.totalBytes += stat.size;
        if (stat.mtimeMs >= sinceMs) {
          result.files += 1;
          result.bytes += stat.size;
        }
      }
    }
  }
  return result;
}
