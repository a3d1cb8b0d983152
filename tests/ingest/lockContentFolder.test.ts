import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import lockfile from "proper-lockfile";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { IngestError } from "../../src/ingest/ingestError.ts";
import { lockContentFolder } from "../../src/ingest/lockContentFolder.ts";
import { removeTempDirs, tempDir } from "./ingestHelpers.ts";

afterAll(removeTempDirs);
afterEach(() => vi.restoreAllMocks());

function writeOwner(content: string, pid: number): void {
  mkdirSync(join(content, ".state"), { recursive: true });
  const owner = { pid, host: hostname(), since: new Date().toISOString() };
  writeFileSync(join(content, ".state", "ingest.lock.owner.json"), JSON.stringify(owner));
}

describe("lockContentFolder", () => {
  it("judges a lock by its current owner on every attempt, so a live run that took over from a dead one is never taken for dead", async () => {
    const content = tempDir();
    const deadPid = spawnSync(process.execPath, ["-e", ""]).pid;
    writeOwner(content, deadPid);
    const staleLimits: number[] = [];
    // Another run takes the dead owner's lock between this run's attempts and records itself.
    vi.spyOn(lockfile, "lock").mockImplementation(async (_file, options) => {
      staleLimits.push(options?.stale ?? 0);
      writeOwner(content, process.pid);
      throw Object.assign(new Error("Lock file is already being held"), { code: "ELOCKED" });
    });
    const attempt = lockContentFolder(content, { wait: false });
    await expect(attempt).rejects.toThrow(IngestError);
    await expect(attempt).rejects.toThrow(`another ingest (pid ${process.pid})`);
    expect(staleLimits).toEqual([2_000, 10_000]);
  });
});
