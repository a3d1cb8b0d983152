import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { afterAll, describe, expect, it } from "vitest";
import {
  articleFrontMatterSchema,
  headlineFrontMatterSchema,
} from "../../src/archive/articleFrontMatter.ts";
import { FIXTURES_DIR } from "./fixtureCases.ts";
import {
  listFiles,
  rawPage,
  removeTempDirs,
  snapshot,
  tempDir,
  writeFiles,
} from "./ingestHelpers.ts";

afterAll(removeTempDirs);

const CLI = join(import.meta.dirname, "..", "..", "scripts", "news-archive.js");

function ingest(...args: string[]) {
  return spawnSync(process.execPath, [CLI, "ingest", ...args], { encoding: "utf8" });
}

describe("news-archive ingest", () => {
  it("ingests the seed folder, prints a summary and writes the report where asked", () => {
    const input = tempDir();
    cpSync(join(FIXTURES_DIR, "seed", "input.txt"), join(input, "000_5ebd30b5ed3883ee.txt"));
    const content = tempDir();
    const reportPath = join(tempDir(), "report.json");
    const run = ingest("--input", input, "--content", content, "--report", reportPath);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ingest: 1 page \(1 parsed, 0 unchanged since last run\)/);
    expect(run.stdout).toMatch(/articles: +1 \(1 written/);
    expect(run.stdout).toMatch(/headlines: +57 \(57 written/);
    const report = JSON.parse(readFileSync(reportPath, "utf8"));
    expect(report.articles[0]).toMatchObject({
      title: "«داعش» يتجه لإنشاء «خلافة افتراضية» مقرها الفضاء الإلكتروني",
      source: "الحياة",
      date: "2017-10-06",
    });
    expect(existsSync(join(content, ".state", "ingest-report.json"))).toBe(false);
  });

  it("fails with a clear message when the input folder does not exist", () => {
    const run = ingest("--input", join(tempDir(), "missing"), "--content", tempDir());
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/input folder not found: .*missing/);
  });

  it("says an input path that is a file is not a folder", () => {
    const folder = tempDir();
    writeFiles(folder, { "page.txt": rawPage({ title: "خبر سليم" }) });
    const input = join(folder, "page.txt");
    const run = ingest("--input", input, "--content", tempDir());
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `news-archive ingest: input folder ${input} is a file, not a folder; check --input.\n`,
    );
  });

  it("completes with rejected pages listed, and fails on them only with --strict", () => {
    const input = tempDir();
    writeFiles(input, { "good.txt": rawPage({ title: "خبر سليم" }), "empty.txt": "" });
    const relaxed = ingest("--input", input, "--content", tempDir());
    expect(relaxed.status).toBe(0);
    expect(relaxed.stdout).toContain("rejected empty.txt: empty file (0 bytes)");
    const strict = ingest("--input", input, "--content", tempDir(), "--strict");
    expect(strict.status).not.toBe(0);
  });

  it("leaves no partial or temporary file when killed mid-run, and the next run completes the archive", async () => {
    const input = tempDir();
    const pages: Record<string, string> = {};
    for (let i = 0; i < 4000; i++)
      pages[`p${String(i).padStart(5, "0")}.txt`] = rawPage({
        title: `خبر رقم ${i}`,
        ticker: [`شريط ${i % 50}`, "عنوان ثابت"],
      });
    writeFiles(input, pages);
    const content = tempDir();
    const child = spawn(process.execPath, [CLI, "ingest", "--input", input, "--content", content], {
      stdio: "ignore",
    });
    const exited = new Promise<NodeJS.Signals | null>((done) =>
      child.on("exit", (_code, signal) => done(signal)),
    );
    const articles = join(content, "articles", "2020", "02");
    while (!(existsSync(articles) && readdirSync(articles).length >= 100)) {
      await new Promise((done) => setTimeout(done, 5));
    }
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect(existsSync(join(content, ".state", "ingest-report.json"))).toBe(false);

    const written = listFiles(content).filter((p) => !p.startsWith(".state/"));
    expect(written.length).toBeGreaterThanOrEqual(100);
    expect(written.length).toBeLessThan(4000);
    expect(written.filter((p) => !p.endsWith(".md"))).toEqual([]);
    for (const path of written) {
      const text = readFileSync(join(content, path), "utf8");
      const parsed = matter(text);
      const schema = path.startsWith("articles/")
        ? articleFrontMatterSchema
        : headlineFrontMatterSchema;
      expect(() => schema.parse(parsed.data), path).not.toThrow();
      expect(text.endsWith("\n"), path).toBe(true);
    }

    expect(ingest("--input", input, "--content", content).status).toBe(0);
    expect(existsSync(join(content, ".state", "tmp"))).toBe(false);
    const clean = tempDir();
    expect(ingest("--input", input, "--content", clean).status).toBe(0);
    const hashes = (root: string) =>
      Object.fromEntries(
        Object.entries(snapshot(root))
          .filter(([p]) => !p.startsWith(".state"))
          .map(([p, v]) => [p, v.sha256]),
      );
    expect(hashes(content)).toEqual(hashes(clean));
  });
});
