import { closeSync, fstatSync, openSync, renameSync, rmSync, writeSync, type Stats } from "node:fs";
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
 * promise API's thread-pool round trips, and ingest has nothing else to do meanwhile. Returns
 * the written file's stats (a rename keeps size and mtime), which spares the caller a `stat`.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array, tempDir?: string): Stats {
  const name = `.${basename(path).slice(0, 60)}.${process.pid}.${++counter}.tmp`;
  const candidates = tempDir
    ? [join(tempDir, name), join(dirname(path), name)]
    : [join(dirname(path), name)];
  let lastError: unknown;
  for (const temp of candidates) {
    try {
      const stats = writeAndStat(temp, bytes);
      renameSync(temp, path);
      return stats;
    } catch (error) {
      lastError = error;
      rmSync(temp, { force: true });
      // Only a cross-device rename is worth retrying beside the target.
      if ((error as NodeJS.ErrnoException).code !== "EXDEV") break;
    }
  }
  // write(2) errors (ENOSPC) carry no path; the user needs to know which file was being written.
  const failure = lastError as NodeJS.ErrnoException;
  if (failure instanceof Error && failure.path === undefined) failure.path = path;
  throw lastError;
}

function writeAndStat(file: string, bytes: Uint8Array): Stats {
  const fd = openSync(file, "w");
  try {
    for (let written = 0; written < bytes.length;)
      written += writeSync(fd, bytes, written, bytes.length - written);
    return fstatSync(fd);
  } finally {
    closeSync(fd);
  }
}
