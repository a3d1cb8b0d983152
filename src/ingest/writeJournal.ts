import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";

/**
 * Remembers, before each output file is replaced, which bytes ingest is about to put there. The
 * state file is only written when a run ends, so after a `kill -9` the journal is what tells the
 * next run that a file it finds was written by ingest and not edited by hand. It is removed once
 * a run has recorded everything in the state file.
 */
export class WriteJournal {
  private fd: number | undefined;

  private constructor(
    private readonly path: string,
    private readonly entries: Map<string, Set<string>>,
  ) {}

  /** Reads what killed runs journaled (a torn last line is ignored: its write never happened). */
  static open(path: string): WriteJournal {
    const entries = new Map<string, Set<string>>();
    let text = "";
    try {
      text = readFileSync(path, "utf8");
    } catch {
      // No journal: the last run finished.
    }
    for (const line of text.split("\n")) {
      try {
        const [file, sha256] = JSON.parse(line) as [unknown, unknown];
        if (typeof file === "string" && typeof sha256 === "string") {
          const known = entries.get(file) ?? new Set<string>();
          known.add(sha256);
          entries.set(file, known);
        }
      } catch {
        // Empty or torn line.
      }
    }
    return new WriteJournal(path, entries);
  }

  /** True when ingest once wrote exactly these bytes (by hash) to this content-relative path. */
  wrote(file: string, sha256: string): boolean {
    return this.entries.get(file)?.has(sha256) ?? false;
  }

  /** Content-relative paths a killed run wrote. */
  files(): string[] {
    return [...this.entries.keys()];
  }

  /** Appends an entry; call it before the bytes replace the file. The folder must exist. */
  record(file: string, sha256: string): void {
    this.fd ??= openSync(this.path, "a");
    writeSync(this.fd, `${JSON.stringify([file, sha256])}\n`);
  }

  /** Closes the journal file, keeping it for the next run. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** Closes and deletes the journal: the state file now records every write. */
  finish(): void {
    this.close();
    rmSync(this.path, { force: true });
  }
}
