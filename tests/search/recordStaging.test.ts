import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeRecordStaging } from "../../src/search/recordStaging.ts";
import { scratchParent } from "../../src/archive/scratchParent.ts";

describe("makeRecordStaging", () => {
  it("removes the scratch folder of an indexer that was killed and keeps a running one's", async () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), "staging-test-"));
    const deadPid = spawnSync(process.execPath, ["-e", ""]).pid;
    const killed = path.join(parent, `search-records-${deadPid}-abc123`);
    const running = path.join(parent, `search-records-${process.pid}-def456`);
    const unrelated = path.join(parent, "something-else");
    for (const dir of [killed, running, unrelated]) mkdirSync(dir);

    const made = await makeRecordStaging(parent);

    expect(existsSync(killed)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(unrelated)).toBe(true);
    expect(path.basename(made)).toMatch(new RegExp(`^search-records-${process.pid}-`));
    expect(readdirSync(parent).sort()).toEqual(
      [path.basename(made), path.basename(running), "something-else"].sort(),
    );
  });
});

describe("scratchParent", () => {
  it("stages in the memory folder when there is one, in the temporary folder otherwise", () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), "scratch-test-"));
    const memory = path.join(parent, "shm");
    const notAFolder = path.join(parent, "file");
    mkdirSync(memory);
    writeFileSync(notAFolder, "");

    expect(scratchParent(memory)).toBe(memory);
    expect(scratchParent(path.join(parent, "missing"))).toBe(os.tmpdir());
    expect(scratchParent(notAFolder)).toBe(os.tmpdir());
  });
});
