import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../src/corpus/writeCorpus.ts";
import { removeTempDirs, snapshot, tempDir } from "./ingestHelpers.ts";

afterAll(removeTempDirs);

const CLI = join(import.meta.dirname, "..", "..", "scripts", "news-archive.js");

function ingest(input: string, content: string, ...args: string[]) {
  return spawnSync(
    process.execPath,
    [CLI, "ingest", "--input", input, "--content", content, ...args],
    {
      encoding: "utf8",
    },
  );
}

function handEditWarnings(content: string): string[] {
  const report = JSON.parse(readFileSync(join(content, ".state", "ingest-report.json"), "utf8"));
  return (report.warnings as Array<{ file: string; message: string }>)
    .filter((w) => w.message.includes("edited by hand"))
    .map((w) => w.file);
}

/**
 * The Markdown outputs (not ingest's private state) by path, as hashes. `.state` is not read at
 * all: a run still going renames its temporary files there while this walks.
 */
function outputs(content: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(snapshot(content, [".state"])).map(([path, { sha256 }]) => [path, sha256]),
  );
}

function count(dir: string): number {
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).length : 0;
}

/** Starts an ingest and SIGKILLs it once `ready` holds; fails the test if it finished first. */
async function ingestKilledWhen(input: string, content: string, ready: () => boolean) {
  const child = spawn(process.execPath, [CLI, "ingest", "--input", input, "--content", content], {
    stdio: "ignore",
  });
  const exited = new Promise<NodeJS.Signals | null>((done) =>
    child.on("exit", (_code, signal) => done(signal)),
  );
  while (child.exitCode === null && !ready()) await new Promise((done) => setTimeout(done, 5));
  child.kill("SIGKILL");
  expect(await exited).toBe("SIGKILL");
}

describe("ingest after a crash", () => {
  const corpus = { input: "", manifest: "", clean: "" };

  beforeAll(() => {
    corpus.input = tempDir();
    corpus.manifest = join(corpus.input, "manifest.jsonl");
    // A realistic corpus: about 3% of pages are exact duplicates, whose articles ingest writes twice.
    const written = writeCorpus({
      outDir: corpus.input,
      manifestPath: corpus.manifest,
      pages: 1200,
      seed: 7,
    });
    expect(written.duplicates).toBeGreaterThan(10);
    corpus.clean = tempDir();
    expect(ingest(corpus.input, corpus.clean).status).toBe(0);
  }, 120_000);

  it("reports no file as edited by hand after a run killed while writing, and ends equal to a clean ingest", async () => {
    const content = tempDir();
    // Killed in phase 3: articles with duplicates were rewritten, some headlines are written.
    await ingestKilledWhen(corpus.input, content, () => count(join(content, "headlines")) >= 60);
    const rerun = ingest(corpus.input, content);
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toMatch(/0 kept as edited by hand/);
    expect(handEditWarnings(content)).toEqual([]);
    expect(outputs(content)).toEqual(outputs(corpus.clean));
  }, 120_000);

  it("recognises files a killed run wrote from inputs that changed again before the rerun", async () => {
    const content = tempDir();
    expect(ingest(corpus.input, content).status).toBe(0);
    // The killed run sees a different manifest (new scrape times), so it rewrites every article.
    const original = readFileSync(corpus.manifest, "utf8");
    writeFileSync(corpus.manifest, original.replaceAll('"scrapedAt":"2025', '"scrapedAt":"2024'));
    try {
      const before = outputs(content);
      await ingestKilledWhen(corpus.input, content, () => {
        const now = outputs(content);
        return Object.keys(before).filter((path) => now[path] !== before[path]).length >= 100;
      });
    } finally {
      writeFileSync(corpus.manifest, original);
    }
    const rerun = ingest(corpus.input, content);
    expect(rerun.status).toBe(0);
    expect(handEditWarnings(content)).toEqual([]);
    expect(outputs(content)).toEqual(outputs(corpus.clean));
  }, 120_000);

  it("still reports and keeps a real hand edit after a crash and rerun", async () => {
    const content = tempDir();
    await ingestKilledWhen(corpus.input, content, () => count(join(content, "headlines")) >= 60);
    expect(ingest(corpus.input, content).status).toBe(0);
    const edited = Object.keys(outputs(content)).find((path) => path.startsWith("articles/"));
    if (!edited) throw new Error("no article written");
    const text = readFileSync(join(content, edited), "utf8");
    writeFileSync(join(content, edited), text.replace(/^title: .*$/m, "title: عنوان صححه محرر"));
    // A changed manifest makes ingest re-render every article, so the edit is looked at.
    const original = readFileSync(corpus.manifest, "utf8");
    writeFileSync(corpus.manifest, original.replaceAll('"scrapedAt":"2025', '"scrapedAt":"2024'));
    try {
      expect(ingest(corpus.input, content).status).toBe(0);
    } finally {
      writeFileSync(corpus.manifest, original);
    }
    expect(handEditWarnings(content)).toEqual([edited]);
    expect(readFileSync(join(content, edited), "utf8")).toContain("title: عنوان صححه محرر");
  }, 120_000);
});
