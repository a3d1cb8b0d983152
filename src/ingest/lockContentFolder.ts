import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import lockfile from "proper-lockfile";
import { IngestError } from "./ingestError.ts";
import { isProcessAlive } from "./isProcessAlive.ts";

/** How to take the content folder's lock. */
export interface LockContentFolderOptions {
  /** Wait for another ingest to finish instead of failing at once. */
  wait: boolean;
}

/** The held lock: `release` frees it; `lost` is set if another process took it over meanwhile. */
export interface ContentFolderLock {
  release(): Promise<void>;
  lost(): Error | undefined;
}

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

// A live ingest refreshes its lock every UPDATE_MS; one untouched for STALE_MS belongs to a
// process that died, and proper-lockfile takes it over. A lock whose recorded owner is a dead
// process on this machine is taken over as soon as the library allows (its 2 s minimum).
const STALE_MS = 10_000;
const UPDATE_MS = 2_000;
const DEAD_OWNER_STALE_MS = 2_000;
// Attempts, 300 ms apart, to take over a dead owner's lock once it is DEAD_OWNER_STALE_MS old.
const DEAD_OWNER_ATTEMPTS = 12;

/**
 * Makes one ingest at a time write to a content folder: takes `<content>/.state/ingest.lock`
 * (a directory, created atomically) and records who holds it, for the message a second run prints.
 */
export async function lockContentFolder(
  contentDir: string,
  options: LockContentFolderOptions,
): Promise<ContentFolderLock> {
  const stateDir = join(contentDir, ".state");
  mkdirSync(stateDir, { recursive: true });
  const lockfilePath = join(stateDir, "ingest.lock");
  const ownerPath = join(stateDir, "ingest.lock.owner.json");
  let lost: Error | undefined;
  let release: (() => Promise<void>) | undefined;
  for (let attempt = 1; release === undefined; attempt++) {
    // Read before every attempt: a run that took over from a dead owner writes its own record at
    // once, and from then on its live lock must never be judged by the dead owner's short limit.
    const owner = readOwner(ownerPath);
    const ownerDead =
      owner !== undefined && owner.host === hostname() && !isProcessAlive(owner.pid);
    try {
      release = await lockfile.lock(contentDir, {
        lockfilePath,
        realpath: false,
        stale: ownerDead ? DEAD_OWNER_STALE_MS : STALE_MS,
        update: UPDATE_MS,
        onCompromised: (error) => {
          lost = error;
        },
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
      if (!options.wait && !(ownerDead && attempt < DEAD_OWNER_ATTEMPTS)) {
        const holder = readOwner(ownerPath);
        throw new IngestError(
          `another ingest${holder ? ` (pid ${holder.pid})` : ""} is writing to ${contentDir}; ` +
            "wait for it to finish, or pass --wait",
        );
      }
      await new Promise((retry) => setTimeout(retry, ownerDead ? 300 : 500));
    }
  }
  const mine: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  writeFileSync(ownerPath, `${JSON.stringify(mine)}\n`);
  return {
    release: async () => {
      // Only a killed run leaves its owner file behind; a finished one leaves the folder as it was.
      rmSync(ownerPath, { force: true });
      await release();
    },
    lost: () => lost,
  };
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path, "utf8")) as Partial<LockOwner>;
    return typeof owner.pid === "number" && typeof owner.host === "string"
      ? (owner as LockOwner)
      : undefined;
  } catch {
    return undefined;
  }
}
