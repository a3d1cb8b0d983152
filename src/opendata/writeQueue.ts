import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/** Files written at once: enough to keep libuv's four file threads busy while the caller works on. */
const DEFAULT_IN_FLIGHT = 32;

/** A queue of whole-file writes, each atomic (a temporary file renamed into place). */
export interface WriteQueue {
  /** Queues one write; waits only while `inFlight` writes are still under way. */
  write(file: string, data: string | Buffer): Promise<void>;
  /** Waits for every queued write; throws the first failure, if any. */
  settle(): Promise<void>;
}

/**
 * Writes files several at a time instead of one after another: thousands of small files (an
 * article's JSON each) would otherwise wait on three file-system round trips apiece. Each file is
 * written to `<file>.<pid>.tmp` and renamed, so a crash never leaves a half-written file under
 * its own name; folders are made once.
 * @example const queue = writeQueue(); await queue.write("a/b.json", "{}"); await queue.settle();
 */
export function writeQueue(inFlight = DEFAULT_IN_FLIGHT): WriteQueue {
  const pending = new Set<Promise<void>>();
  const folders = new Map<string, Promise<unknown>>();
  const failures: unknown[] = [];
  const writeAtomic = async (file: string, data: string | Buffer): Promise<void> => {
    const folder = path.dirname(file);
    let made = folders.get(folder);
    if (!made) folders.set(folder, (made = mkdir(folder, { recursive: true })));
    await made;
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, data);
    await rename(temp, file);
  };
  return {
    async write(file, data) {
      // Failures are kept, not thrown: a rejection nobody awaits yet would crash Node.
      const written: Promise<void> = writeAtomic(file, data).then(
        () => void pending.delete(written),
        (error: unknown) => {
          pending.delete(written);
          failures.push(error);
        },
      );
      pending.add(written);
      while (pending.size >= inFlight) await Promise.race(pending);
    },
    async settle() {
      await Promise.all(pending);
      if (failures.length > 0) throw failures[0];
    },
  };
}
