/**
 * Where a build reports what it is doing: phases (load, render, search…) that start, may
 * advance, and end with one summary line, and notes (skipped files, the incremental plan).
 * The CLI draws a bar per phase on a terminal; elsewhere each phase is one line.
 */
export interface BuildProgress {
  /** A phase begins; `total` is its units of work (pages, shards) when known. */
  start(phase: string, total?: number): void;
  /** `done` units of the current phase are finished (a running count). */
  advance(done: number): void;
  /** The current phase ended; `summary` says what it did. */
  end(summary: string): void;
  /** A line worth reading that is not a phase. */
  note(line: string): void;
}

/** One line per finished phase and per note (notes to `writeNote` when given), e.g. for CI logs. */
export function lineProgress(
  write: (line: string) => void,
  writeNote: (line: string) => void = write,
): BuildProgress {
  return {
    start: () => {},
    advance: () => {},
    end: write,
    note: writeNote,
  };
}

/** Seconds since `started` (a `performance.now()`), for a phase's summary. */
export function secondsSince(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}
