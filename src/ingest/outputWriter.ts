import { mkdirSync, readFileSync, rmSync, rmdirSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { hashBytes } from "./hashText.ts";
import type { OutputRecord } from "./ingestState.ts";
import { syncOutputFile, type SyncStatus } from "./syncOutputFile.ts";
import { writeFileAtomic } from "./writeFileAtomic.ts";
import type { WriteJournal } from "./writeJournal.ts";

type OutputKind = "articles" | "headlines";

const EDITED =
  "edited by hand since ingest wrote it (or not written by ingest): not overwritten; use --force to replace it";

/**
 * Keeps the content folder in step with one run: writes changed files atomically, leaves hand
 * edits alone, remembers what it wrote, and removes outputs no input produces any more.
 */
export class OutputWriter {
  readonly counts: Record<OutputKind, Record<SyncStatus, number>> = {
    articles: { written: 0, unchanged: 0, edited: 0 },
    headlines: { written: 0, unchanged: 0, edited: 0 },
  };
  private readonly current = new Map<string, OutputRecord>();
  private readonly synced = new Map<string, { inputKey: string; status: SyncStatus }>();
  private readonly editWarnings = new Map<string, string>();
  private readonly knownDirs = new Set<string>();

  constructor(
    private readonly contentDir: string,
    private readonly tempDir: string,
    private readonly previous: Readonly<Record<string, OutputRecord>>,
    private readonly force: boolean,
    private readonly journal: WriteJournal,
  ) {}

  /** Removes temporary files a killed run may have left; they only ever live in `tempDir`. */
  clearTemporaryFiles(): void {
    rmSync(this.tempDir, { recursive: true, force: true });
    this.knownDirs.delete(this.tempDir);
  }

  /** Brings one content-relative output up to date; a second call with the same key is a no-op. */
  sync(kind: OutputKind, path: string, inputKey: string, render: () => Uint8Array): void {
    const earlier = this.synced.get(path);
    if (earlier?.inputKey === inputKey) return;
    const previous = this.current.get(path) ?? this.previous[path];
    const result = syncOutputFile({
      path: join(this.contentDir, path),
      inputKey,
      render,
      ...(previous ? { previous } : {}),
      force: this.force,
      tempDir: this.tempDir,
      journaled: (sha256) => this.journal.wrote(path, sha256),
      // The temporary folder lives in .state, so ensureDir has made the journal's folder too.
      beforeWrite: (sha256) => this.journal.record(path, sha256),
      ensureDir: (target) => {
        this.ensureDir(this.tempDir);
        this.ensureDir(dirname(target));
      },
    });
    if (result.record) this.current.set(path, result.record);
    // A rewrite in phase 3 replaces the phase 1 outcome rather than counting the file twice.
    if (earlier) this.counts[kind][earlier.status] -= 1;
    this.counts[kind][result.status] += 1;
    this.synced.set(path, { inputKey, status: result.status });
    // Phase 3 decides for a file phase 1 already looked at, warning included.
    if (result.status === "edited") this.editWarnings.set(path, EDITED);
    else this.editWarnings.delete(path);
  }

  /**
   * Deletes outputs that an earlier run wrote (recorded, or journaled by a killed run) but no
   * input produces now, unless edited by hand; returns how many.
   */
  removeStaleOutputs(): number {
    let removed = 0;
    const written = new Set([...Object.keys(this.previous), ...this.journal.files()]);
    for (const path of written) {
      if (this.synced.has(path)) continue;
      const record = this.previous[path];
      const absolute = join(this.contentDir, path);
      let bytes: Buffer;
      try {
        bytes = readFileSync(absolute);
      } catch {
        continue;
      }
      const sha256 = hashBytes(bytes);
      if (sha256 !== record?.sha256 && !this.journal.wrote(path, sha256)) {
        if (record) this.current.set(path, record);
        this.editWarnings.set(path, "no longer produced by any input but edited by hand: kept");
        continue;
      }
      rmSync(absolute, { force: true });
      removed++;
      // Tidy emptied month/prefix folders; rmdir refuses non-empty ones, which is what we want.
      for (let dir = dirname(absolute); dir.startsWith(this.contentDir + sep); dir = dirname(dir)) {
        try {
          rmdirSync(dir);
        } catch {
          break;
        }
      }
    }
    return removed;
  }

  /** Warnings about files left alone, sorted by path. */
  warnings(): Array<{ file: string; message: string }> {
    return [...this.editWarnings.keys()]
      .sort()
      .map((file) => ({ file, message: this.editWarnings.get(file) as string }));
  }

  /** What ingest wrote, for the state file. */
  records(): Record<string, OutputRecord> {
    return Object.fromEntries(this.current);
  }

  /** Writes text atomically unless the file already holds exactly these bytes. */
  writeIfChanged(path: string, text: string): boolean {
    const bytes = Buffer.from(text);
    let existing: Buffer | undefined;
    try {
      existing = readFileSync(path);
    } catch {
      existing = undefined;
    }
    if (existing && Buffer.compare(existing, bytes) === 0) return false;
    this.ensureDir(this.tempDir);
    this.ensureDir(dirname(path));
    writeFileAtomic(path, bytes, this.tempDir);
    return true;
  }

  // Folders are made on the first write into them only, so a run with nothing to write
  // touches nothing, and each folder costs one mkdir per run.
  private ensureDir(dir: string): void {
    if (this.knownDirs.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    this.knownDirs.add(dir);
  }
}
