import { readFileSync, statSync } from "node:fs";
import { hashBytes } from "./hashText.ts";
import type { OutputRecord } from "./ingestState.ts";
import { writeFileAtomic } from "./writeFileAtomic.ts";

/** What happened to one output file. */
export type SyncStatus = "written" | "unchanged" | "edited";

/** How to bring one Markdown file up to date. */
export interface SyncRequest {
  path: string;
  /** Hash of everything the file is made from. */
  inputKey: string;
  /** Produces the file's bytes; only called when the file may need writing. */
  render: () => Uint8Array;
  /** What ingest recorded when it last wrote this file. */
  previous?: OutputRecord;
  /** True for bytes (by hash) that ingest wrote here in a run killed before saving its state. */
  journaled?: (sha256: string) => boolean;
  /** Called with the new bytes' hash just before they replace the file (see WriteJournal). */
  beforeWrite?: (sha256: string) => void;
  /** Overwrite a file edited by hand. */
  force: boolean;
  /** Same-file-system folder for temporary files (see writeFileAtomic). */
  tempDir?: string;
  /** Makes sure the target's folder exists before a write. */
  ensureDir: (path: string) => void;
}

/**
 * Writes a file only when its bytes change, never over a hand edit (unless forced). A file
 * whose inputs, size and mtime match the record is not even read.
 */
export function syncOutputFile(request: SyncRequest): {
  status: SyncStatus;
  record?: OutputRecord;
} {
  const { path, inputKey, previous } = request;
  const current = statSync(path, { throwIfNoEntry: false });
  if (
    previous &&
    current &&
    previous.inputKey === inputKey &&
    previous.size === current.size &&
    previous.mtimeMs === current.mtimeMs
  ) {
    return { status: "unchanged", record: previous };
  }
  const bytes = request.render();
  const sha256 = hashBytes(bytes);
  if (current) {
    const existing = readFileSync(path);
    if (Buffer.compare(existing, bytes) === 0) {
      return {
        status: "unchanged",
        record: { sha256, size: current.size, mtimeMs: current.mtimeMs, inputKey },
      };
    }
    const existingHash = hashBytes(existing);
    const writtenByIngest =
      existingHash === previous?.sha256 || (request.journaled?.(existingHash) ?? false);
    if (!writtenByIngest && !request.force) {
      return { status: "edited", ...(previous ? { record: previous } : {}) };
    }
  }
  request.ensureDir(path);
  request.beforeWrite?.(sha256);
  const written = writeFileAtomic(path, bytes, request.tempDir);
  return {
    status: "written",
    record: { sha256, size: written.size, mtimeMs: written.mtimeMs, inputKey },
  };
}
