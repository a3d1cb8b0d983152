import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { measureCommand } from "../../src/bench/measureCommand.ts";
import { cpuTicksOf, parentPidOf, statusFieldBytes } from "../../src/bench/sampleProcessTree.ts";

const MB = 1024 * 1024;
const work = mkdtempSync(join(tmpdir(), "bench-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("measureCommand", () => {
  it("reports a peak RSS at least as large as a buffer the child fills and holds", async () => {
    const script =
      "const b = Buffer.alloc(300 * 1024 * 1024, 1); setTimeout(() => console.log(b[5]), 400);";
    const result = await measureCommand({ command: process.execPath, args: ["-e", script] });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.trim()).toBe("1");
    expect(result.peakRssBytes).toBeGreaterThanOrEqual(300 * MB);
    expect(result.peakRssBytes).toBeLessThan(600 * MB);
    expect(result.wallSeconds).toBeGreaterThanOrEqual(0.4);
    expect(result.samples).toBeGreaterThan(2);
  });

  it("adds up the memory of the child's own children", async () => {
    // The parent holds 150 MB while its child holds 200 MB: only the sum reaches 350 MB.
    const grandchild = "const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => b[0], 900);";
    const script = [
      "const { spawnSync } = require('node:child_process');",
      "const b = Buffer.alloc(150 * 1024 * 1024, 1);",
      `spawnSync(process.execPath, ['-e', ${JSON.stringify(grandchild)}]);`,
      "console.log(b[1]);",
    ].join("\n");
    const result = await measureCommand({ command: process.execPath, args: ["-e", script] });
    expect(result.exitCode).toBe(0);
    expect(result.maxProcesses).toBeGreaterThanOrEqual(2);
    expect(result.peakRssBytes).toBeGreaterThanOrEqual(350 * MB);
  });

  it("counts the files and bytes written under the output folders, not older files", async () => {
    const out = join(work, "out");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "old.txt"), "older than the run");
    utimesSync(join(out, "old.txt"), new Date("2020-01-01"), new Date("2020-01-01"));
    const script = [
      "const fs = require('node:fs'); const path = require('node:path');",
      `const out = ${JSON.stringify(out)};`,
      "fs.mkdirSync(path.join(out, 'a', 'b'), { recursive: true });",
      "for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(out, 'a', 'b', 'f' + i + '.html'), 'x'.repeat(1000));",
      "fs.writeFileSync(path.join(out, 'خبر 1.md'), 'نص');",
    ].join("\n");
    const result = await measureCommand({
      command: process.execPath,
      args: ["-e", script],
      outputDirs: [out, join(work, "missing")],
    });
    expect(result.files).toBe(6);
    expect(result.bytes).toBe(5 * 1000 + Buffer.byteLength("نص"));
    expect(result.totalFiles).toBe(7);
  });

  it("counts the CPU time a child spends busy, while a sleeping child uses almost none", async () => {
    // Spin until the child itself has used 0.7 s of CPU, however busy the machine is.
    const busy =
      "let x = 0; while (process.cpuUsage().user + process.cpuUsage().system < 700000) x++; setTimeout(() => {}, 200);";
    const sleeping = "setTimeout(() => {}, 700);";
    const working = await measureCommand({ command: process.execPath, args: ["-e", busy] });
    const idle = await measureCommand({ command: process.execPath, args: ["-e", sleeping] });
    expect(working.cpuSeconds).toBeGreaterThanOrEqual(0.5);
    expect(idle.cpuSeconds).toBeLessThan(0.5);
  });

  it("reports a failing command's exit code and the end of its stderr", async () => {
    const result = await measureCommand(
      {
        command: process.execPath,
        args: ["-e", "console.error('x'.repeat(50000) + 'the end'); process.exit(3)"],
      },
      { keepOutputBytes: 100 },
    );
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toHaveLength(100);
    expect(result.stderr.trim().endsWith("the end")).toBe(true);
  });
});

describe("/proc parsing", () => {
  it("reads the parent pid after a command name that holds spaces and parentheses", () => {
    expect(parentPidOf("4242 (node (worker) 2) S 4100 4242 4100 0 -1")).toBe(4100);
  });

  it("adds user, system and waited-for children's CPU ticks from a stat line", () => {
    const stat = "77 (a) b) R 1 77 77 0 -1 4194560 500 0 0 0 120 30 7 3 20 0 1 0 100 1000 50";
    expect(cpuTicksOf(stat)).toBe(160);
  });

  it("reads VmRSS and VmHWM from a status file in bytes", () => {
    const status = "Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n";
    expect(statusFieldBytes(status, "VmRSS")).toBe(100 * MB);
    expect(statusFieldBytes(status, "VmHWM")).toBe(200 * MB);
    expect(statusFieldBytes(status, "VmSwap")).toBe(0);
  });
});
