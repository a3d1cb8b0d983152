import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../src/corpus/writeCorpus.ts";
import { removeTempDirs, snapshot, tempDir } from "./ingestHelpers.ts";

afterAll(removeTempDirs);

const CLI = join(import.meta.dirname, "..", "..", "scripts", "news-archive.js");

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts a real ingest process; resolves with its exit code and output. */
function startIngest(input: string, content: string, ...args: string[]) {
  const child = spawn(process.execPath, [
    CLI,
    "ingest",
    "--input",
    input,
    "--content",
    content,
    ...args,
  ]);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const finished = new Promise<Finished>((done) =>
    child.on("close", (code) => done({ code, stdout, stderr })),
  );
  return { child, finished };
}

function outputs(content: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(snapshot(content))
      .filter(([path]) => !path.startsWith(".state"))
      .map(([path, { sha256 }]) => [path, sha256]),
  );
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((done) => setTimeout(done, 5));
}

function articlesWritten(content: string): number {
  const dir = join(content, "articles");
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).length : 0;
}

describe("two ingests on one content folder", () => {
  const corpus = { input: "", clean: "" };

  beforeAll(() => {
    corpus.input = tempDir();
    writeCorpus({
      outDir: corpus.input,
      manifestPath: join(corpus.input, "manifest.jsonl"),
      pages: 800,
      seed: 3,
    });
    corpus.clean = tempDir();
    expect(
      spawnSync(process.execPath, [
        CLI,
        "ingest",
        "--input",
        corpus.input,
        "--content",
        corpus.clean,
      ]).status,
    ).toBe(0);
  }, 120_000);

  it("stops the second at once with one clear line while the first completes the archive", async () => {
    const content = tempDir();
    const first = startIngest(corpus.input, content);
    await until(() => articlesWritten(content) >= 20);
    // The first is paused mid-run (SIGSTOP), so it holds the lock however fast it would finish;
    // a paused owner's lock goes stale only after 10 s, far longer than the second needs.
    first.child.kill("SIGSTOP");
    const second = await startIngest(corpus.input, content).finished;
    first.child.kill("SIGCONT");
    expect(second.code, second.stderr).toBe(1);
    expect(second.stderr).toMatch(
      /^news-archive ingest: another ingest \(pid \d+\) is writing to .+; wait for it to finish, or pass --wait\n$/,
    );
    expect(second.stderr).toContain(`(pid ${first.child.pid})`);
    const done = await first.finished;
    expect(done.code, done.stderr).toBe(0);
    expect(done.stderr).toBe("");
    expect(outputs(content)).toEqual(outputs(corpus.clean));
  }, 120_000);

  it("lets the second wait for the first with --wait, and both end with the clean archive", async () => {
    const content = tempDir();
    const first = startIngest(corpus.input, content);
    await until(() => articlesWritten(content) >= 20);
    const second = startIngest(corpus.input, content, "--wait");
    const [one, two] = await Promise.all([first.finished, second.finished]);
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    expect(two.stdout).toMatch(/800 pages \(0 parsed, 800 unchanged since last run\)/);
    expect(outputs(content)).toEqual(outputs(corpus.clean));
  }, 120_000);

  it("takes over the lock a killed ingest left behind", async () => {
    const content = tempDir();
    const killed = startIngest(corpus.input, content);
    await until(() => articlesWritten(content) >= 20);
    killed.child.kill("SIGKILL");
    await killed.finished;
    const rerun = await startIngest(corpus.input, content).finished;
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(outputs(content)).toEqual(outputs(corpus.clean));
  }, 120_000);
});
