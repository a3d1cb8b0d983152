import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

// Temporary names only need to be unique within this process; the pid covers the rest.
let counter = 0;

/**
 * Writes `bytes` to `path` so readers see the old file or the new one, never half of it: the
 * bytes go to a temporary file first, which is then renamed over `path`. The temporary file
 * lives in `tempDir` (same file system, cleared at the start of every run, so a killed run
 * leaves nothing half-written in the output tree) or, if renaming across folders fails,
 * beside the target. The target's folder must exist.
 *
 * Synchronous on purpose: for many small files, blocking calls cost a fraction of the
 * promise API's thread-pool round trips, and ingest has nothing else to do meanwhile.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array, tempDir?: string): void {
  const name = `.${basename(path).slice(0, 60)}.${process.pid}.${++counter}.tmp`;
  const candidates = tempDir
    ? [join(tempDir, name), join(dirname(path), name)]
    : [join(dirname(path), name)];
  let lastError: unknown;
  for (const temp of candidates) {
    try {
      writeFileSync(temp, bytes);
      renameSync(temp, path);
      return;
    } catch (error) {
      lastError = error;
      rmSync(temp, { force: true });
      // Only a cross-device rename is worth retrying beside the target.
      if ((error as NodeJS.ErrnoException).code !== "EXDEV") break;
    }
  }
  throw lastError;
}
