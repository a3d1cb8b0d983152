import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes `bytes` to `path` so readers see the old file or the new one, never half of it: the
 * bytes go to a temporary file first, which is then renamed over `path`. The temporary file
 * lives in `tempDir` (same file system, cleared at the start of every run, so a killed run
 * leaves nothing half-written in the output tree) or, if renaming across folders fails,
 * beside the target.
 */
export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array,
  tempDir?: string,
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const name = `.${basename(path).slice(0, 60)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  const candidates = tempDir
    ? [join(tempDir, name), join(dirname(path), name)]
    : [join(dirname(path), name)];
  let lastError: unknown;
  for (const temp of candidates) {
    try {
      await writeFile(temp, bytes);
      await rename(temp, path);
      return;
    } catch (error) {
      lastError = error;
      await rm(temp, { force: true });
      // Only a cross-device rename is worth retrying beside the target.
      if ((error as NodeJS.ErrnoException).code !== "EXDEV") break;
    }
  }
  throw lastError;
}
