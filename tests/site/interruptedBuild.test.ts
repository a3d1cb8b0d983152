import { execFile, spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { cp, mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureContent, snapshot } from "./renderFixtureSite.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function buildArgs(
  content: string,
  out: string,
  stateFile: string,
  incremental: boolean,
  itemsPerPage = 2,
) {
  return [
    "scripts/news-archive.js",
    "build",
    "--content",
    content,
    "--out",
    out,
    "--state-file",
    stateFile,
    // The index is not what this file is about; rendering is.
    "--no-search",
    "--site-config",
    JSON.stringify({ itemsPerPage, headlinesPerPage: 2 }),
    ...(incremental ? ["--incremental"] : []),
  ];
}

async function build(
  content: string,
  out: string,
  stateFile: string,
  incremental: boolean,
  itemsPerPage = 2,
): Promise<string> {
  const { stderr } = await promisify(execFile)(
    process.execPath,
    buildArgs(content, out, stateFile, incremental, itemsPerPage),
    { cwd: root },
  );
  return stderr;
}

async function expectSameFiles(actual: string, expected: string): Promise<void> {
  const [got, want] = await Promise.all([snapshot(actual), snapshot(expected)]);
  expect([...got.keys()]).toEqual([...want.keys()]);
  for (const [file, bytes] of want) expect(got.get(file), file).toBe(bytes);
}

describe("an incremental build after a build that did not finish", () => {
  const work = { dir: "", content: "", clean: "" };

  beforeAll(async () => {
    work.dir = await mkdtemp(path.join(tmpdir(), "interrupted-build-"));
    work.content = path.join(work.dir, "content");
    await cp(fixtureContent, work.content, { recursive: true });
    work.clean = path.join(work.dir, "clean");
    await build(work.content, work.clean, path.join(work.dir, "clean.json"), false);
  }, 120_000);
  afterAll(() => rm(work.dir, { recursive: true, force: true }));

  it("re-renders a page left empty, one cut in half and one overwritten, and ends byte-identical to a clean build", async () => {
    const out = path.join(work.dir, "damaged");
    const stateFile = path.join(work.dir, "damaged.json");
    await build(work.content, out, stateFile, false);
    const empty = path.join(out, "articles/2019/03/1a2b3c4d5e6f/index.html");
    const half = path.join(out, "archive/2019/index.html");
    const garbled = path.join(out, "articles/2017/10/a1b2c3d4e5f6/index.html");
    await truncate(empty, 0);
    await truncate(half, Math.floor(statSync(half).size / 2));
    // Same size, other bytes: only a content check can tell.
    await writeFile(garbled, "x".repeat(statSync(garbled).size));
    // What a build killed mid-way leaves: its in-progress mark (see src/site/buildState.ts).
    await writeFile(`${stateFile}.building`, "");

    const log = await build(work.content, out, stateFile, true);
    expect(log).toMatch(/incremental: rendering [1-9]\d* of \d+ paginated pages/);
    await expectSameFiles(out, work.clean);
    expect(existsSync(`${stateFile}.building`)).toBe(false);
  }, 120_000);

  it("re-renders empty and cut pages even when the last build finished", async () => {
    const out = path.join(work.dir, "truncated");
    const stateFile = path.join(work.dir, "truncated.json");
    await build(work.content, out, stateFile, false);
    await truncate(path.join(out, "articles/2025/03/2b3c4d5e6f70/index.html"), 0);
    const cut = path.join(out, "newspapers/index.html");
    await truncate(cut, Math.floor(statSync(cut).size / 2));
    await build(work.content, out, stateFile, true);
    await expectSameFiles(out, work.clean);
  }, 120_000);

  it("repairs a site after a real rebuild is killed while writing pages", async () => {
    const out = path.join(work.dir, "killed");
    const stateFile = path.join(work.dir, "killed.json");
    await build(work.content, out, stateFile, false);
    // A rebuild with other settings rewrites every list page; it is killed as soon as it starts.
    const child = spawn(process.execPath, buildArgs(work.content, out, stateFile, false, 3), {
      cwd: root,
      stdio: "ignore",
    });
    const exited = new Promise((done) => child.on("exit", done));
    const before = statSync(path.join(out, "index.html")).mtimeMs;
    while (child.exitCode === null && statSync(path.join(out, "index.html")).mtimeMs === before) {
      await new Promise((done) => setTimeout(done, 2));
    }
    child.kill("SIGKILL");
    await exited;
    await build(work.content, out, stateFile, true);
    await expectSameFiles(out, work.clean);
  }, 120_000);
});
