import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), "cli-failures-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function cli(...args: string[]) {
  return spawnSync(process.execPath, ["scripts/news-archive.js", ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    timeout: 280_000,
  });
}

const stackFrame = /^ {4}at /m;

describe("news-archive build on a content folder with nothing to build", () => {
  it("exits 1 with one line naming a content folder that does not exist, and writes no site", () => {
    const out = join(workDir, "site-missing");
    const run = cli("build", "--content", join(workDir, "contnet"), "--out", out);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `news-archive build: content folder not found: ${join(workDir, "contnet")}; check --content (or run ingest first), or pass --allow-empty to build an empty site.`,
    ]);
    expect(run.stdout).not.toContain("wrote");
  });

  it("exits 1 with one line when the content folder holds no article", () => {
    const content = join(workDir, "content-empty");
    mkdirSync(join(content, "headlines"), { recursive: true });
    const run = cli("build", "--content", content, "--out", join(workDir, "site-empty"));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`news-archive build: no articles in ${join(content, "articles")}`);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("builds the empty site anyway with --allow-empty", () => {
    const out = join(workDir, "site-allowed");
    const run = cli(
      "build",
      "--content",
      join(workDir, "content-empty"),
      "--out",
      out,
      "--no-search",
      "--allow-empty",
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`news-archive build: wrote ${out}`);
  });
});

// A real full disk: a 64 KB tmpfs mounted for the test. Mounting needs root (CI runs as root).
const mountPoint = join(workDir, "full-disk");
mkdirSync(mountPoint);
const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint], {
  encoding: "utf8",
});
const mountProblem =
  mounted.status === 0
    ? undefined
    : `cannot mount a tmpfs (${(mounted.stderr || "").trim() || "not root"})`;
if (mountProblem) console.warn(`skipping the full-disk ingest test: ${mountProblem}`);

describe.skipIf(mountProblem !== undefined)("news-archive ingest on a full disk", () => {
  afterAll(() => {
    spawnSync("umount", [mountPoint]);
  });

  const ingestInto = (content: string, ...extra: string[]) =>
    cli(
      "ingest",
      "--input",
      join(repoRoot, "content/raw"),
      "--manifest",
      join(repoRoot, "content/manifest.jsonl"),
      "--content",
      content,
      ...extra,
    );

  it("prints one line saying the disk is full, which file, and what to do, and exits 1 without a stack", () => {
    const run = ingestInto(join(mountPoint, "plain"));
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^news-archive ingest: no space left on the device while (writing|opening) ${mountPoint}/plain/\\S+ \\(ENOSPC\\): free some disk space, then run it again\\.$`,
      ),
    );
    expect(run.stderr).not.toMatch(stackFrame);
  });

  it.each([
    ["in one process", "1"],
    ["in two render processes", "2"],
  ])(
    "says the same for a build that fills the disk %s, naming the page being written",
    (_how, processes) => {
      rmSync(join(mountPoint, "plain"), { recursive: true, force: true });
      const run = cli(
        "build",
        "--content",
        join(repoRoot, "tests/fixtures/site/content"),
        "--out",
        join(mountPoint, "site"),
        "--no-search",
        "--render-processes",
        processes,
      );
      rmSync(join(mountPoint, "site"), { recursive: true, force: true });
      expect(run.status).toBe(1);
      const failures = run.stderr.split("\n").filter((line) => line.includes(": no space left"));
      expect(failures.length).toBeGreaterThanOrEqual(1);
      for (const failure of failures) {
        expect(failure).toMatch(
          /^news-archive build( \(render shard \d\/2\))?: no space left on the device/,
        );
        expect(failure).toMatch(/\(ENOSPC\): free some disk space, then run it again\.$/);
        expect(failure).toContain(join(mountPoint, "site"));
      }
      expect(run.stderr).not.toMatch(stackFrame);
    },
  );

  it("adds the stack trace with --debug", () => {
    rmSync(join(mountPoint, "plain"), { recursive: true, force: true });
    const run = ingestInto(join(mountPoint, "debug"), "--debug");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("no space left on the device");
    expect(run.stderr).toMatch(stackFrame);
  });
});
