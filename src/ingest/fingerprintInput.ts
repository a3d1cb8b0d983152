import { readFileSync, statSync } from "node:fs";
import { hashBytes } from "./hashText.ts";
import type { InputRecord } from "./ingestState.ts";

/** An input file whose summary from the last run still holds, the bytes to parse anew, or why it cannot be read. */
export type Fingerprint =
  | { reuse: InputRecord }
  | { unreadable: string }
  | { bytes: Buffer; size: number; mtimeMs: number; sha256: string };

/**
 * Decides whether a raw page changed since the last run: equal size and mtime reuse the old
 * summary without reading the file; otherwise the bytes are read and an equal hash still
 * reuses it. Never writes to the input. Synchronous: see writeFileAtomic for why.
 */
export function fingerprintInput(
  path: string,
  previous: InputRecord | undefined,
  canReuse: (record: InputRecord) => boolean,
): Fingerprint {
  try {
    return fingerprint(path, previous, canReuse);
  } catch (error) {
    // A file that vanished or cannot be read is one rejected page, not a failed run.
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { unreadable: `cannot read the file (${code})` };
  }
}

function fingerprint(
  path: string,
  previous: InputRecord | undefined,
  canReuse: (record: InputRecord) => boolean,
): Fingerprint {
  const info = statSync(path);
  const usable = previous !== undefined && canReuse(previous);
  if (usable && previous.size === info.size && previous.mtimeMs === info.mtimeMs)
    return { reuse: previous };
  const bytes = readFileSync(path);
  const sha256 = hashBytes(bytes);
  if (usable && previous.sha256 === sha256) {
    return { reuse: { ...previous, size: info.size, mtimeMs: info.mtimeMs } };
  }
  return { bytes, size: info.size, mtimeMs: info.mtimeMs, sha256 };
}
