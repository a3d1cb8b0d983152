import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseArchivePart } from "../../src/build/archivePart.ts";
import { checkPartSet, type PartManifest } from "../../src/build/partManifest.ts";
import { ingestSampleForTest } from "../helpers/builtSite.ts";
import { snapshot as snapshotFolder } from "../site/renderFixtureSite.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// Small search shards, so that the sample's index has several to merge.
const settings = ["--shard-size", "40"];

async function cli(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, ["scripts/news-archive.js", ...args], {
    cwd: root,
  });
}

async function cliError(args: string[]): Promise<string> {
  try {
    await cli(args);
  } catch (error) {
    return (error as { stderr: string }).stderr;
  }
  throw new Error(`news-archive ${args.join(" ")} succeeded`);
}

async function articlePages(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(dir, "articles"), { recursive: true });
  // /articles/<year>/<month>/<id>/ (the list of all articles lives at /articles/ and /articles/YYYY/MM/).
  return entries.filter((entry) => /^\d{4}\/\d{2}\/\w+\/index\.html$/.test(entry)).sort();
}

describe("an archive built as parts and merged", () => {
  let work: string;
  let content: string;
  const partDir = (n: number) => path.join(work, `part-${n}`);
  let mergeOutput: { stdout: string; stderr: string };

  beforeAll(async () => {
    const sample = ingestSampleForTest();
    if (!sample.ok) throw new Error(sample.reason);
    content = sample.dir;
    work = await mkdtemp(path.join(tmpdir(), "archive-parts-"));
    const state = (name: string) => ["--state-file", path.join(work, `${name}.state.json`)];
    await Promise.all([
      cli([
        "build",
        "--content",
        content,
        "--out",
        path.join(work, "single"),
        ...settings,
        ...state("single"),
      ]),
      ...[1, 2, 3].map((n) =>
        cli([
          "build",
          "--content",
          content,
          "--out",
          partDir(n),
          "--part",
          `${n}/3`,
          ...settings,
          ...state(`part-${n}`),
        ]),
      ),
    ]);
    // Parts in any order; two render processes share the list pages (as at a million articles).
    mergeOutput = await cli([
      "merge",
      partDir(3),
      partDir(1),
      partDir(2),
      "--content",
      content,
      "--out",
      path.join(work, "merged"),
      "--render-processes",
      "2",
      ...settings,
      ...state("merged"),
    ]);
  });

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
    await rm(content, { recursive: true, force: true });
  });

  it("writes the same files, byte for byte, as a single build, search index included", async () => {
    const [single, merged] = await Promise.all([
      snapshotFolder(path.join(work, "single")),
      snapshotFolder(path.join(work, "merged")),
    ]);
    expect([...merged.keys()]).toEqual([...single.keys()]);
    for (const [file, bytes] of single) expect(merged.get(file), file).toBe(bytes);
    const shards = JSON.parse(
      Buffer.from(single.get("pagefind/shards.json")!, "base64").toString(),
    ) as { shards: { name: string }[] };
    expect(shards.shards.length).toBeGreaterThan(2);
    for (const { name } of shards.shards)
      expect([...merged.keys()]).toContain(`pagefind/shards/${name}/pagefind-entry.json`);
  });

  it("indexes each search shard in one part, so the merge rebuilds none", async () => {
    const listed = await Promise.all(
      [1, 2, 3].map(async (n) => {
        const file = path.join(partDir(n), "pagefind", "shards.json");
        return (JSON.parse(await readFile(file, "utf8")) as { shards: { name: string }[] }).shards;
      }),
    );
    const names = listed.flat().map((shard) => shard.name);
    expect(new Set(names).size).toBe(names.length);
    for (const shards of listed) expect(shards.length).toBeGreaterThan(0);
    expect(mergeOutput.stdout).toMatch(new RegExp(`in ${names.length} shard\\(s\\), 0 rebuilt`));
  });

  it("gives every article page to exactly one part, and nothing but split kinds' pages to any part", async () => {
    const parts = await Promise.all([1, 2, 3].map((n) => articlePages(partDir(n))));
    for (const pages of parts) expect(pages.length).toBeGreaterThan(10);
    expect(parts.flat().sort()).toEqual(await articlePages(path.join(work, "single")));
    for (const n of [1, 2, 3]) {
      // The split kinds' pages only: articles and day pages (/archive/<y>/<m>/<d>/).
      expect((await readdir(partDir(n))).sort()).toEqual([
        "archive",
        "articles",
        "pagefind",
        "part.json",
        "search",
      ]);
      const listed = await readdir(path.join(partDir(n), "archive"), { recursive: true });
      for (const file of listed.filter((entry) => entry.endsWith(".html")))
        expect(file).toMatch(/^\d{4}\/\d{2}\/\d{2}\/index\.html$/);
      const manifest = JSON.parse(await readFile(path.join(partDir(n), "part.json"), "utf8"));
      expect(manifest.part).toEqual({ number: n, count: 3 });
      const html = (await readdir(partDir(n), { recursive: true })).filter((file) =>
        file.endsWith("index.html"),
      );
      expect(manifest.pages).toBe(html.length);
    }
  });

  it("refuses to merge without every part, naming the missing one", async () => {
    const stderr = await cliError([
      "merge",
      partDir(1),
      partDir(3),
      "--content",
      content,
      "--out",
      path.join(work, "incomplete"),
    ]);
    expect(stderr.trim()).toBe("news-archive merge: missing part(s) 2/3");
  });

  it("refuses to merge a part built from other content, naming it", async () => {
    const article = (await readdir(path.join(content, "articles"), { recursive: true })).find(
      (entry) => entry.endsWith(".md"),
    )!;
    const file = path.join(content, "articles", article);
    await writeFile(
      file,
      (await readFile(file, "utf8")).replace(/\n$/, "\nسطر أضيف بعد بناء الأجزاء.\n"),
    );
    const stderr = await cliError([
      "merge",
      partDir(1),
      partDir(2),
      partDir(3),
      "--content",
      content,
      "--out",
      path.join(work, "stale"),
      ...settings,
    ]);
    expect(stderr).toMatch(
      /part-1 \(part 1\/3\) was built from other content, code or settings than this merge: build it again/,
    );
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("the parts of one archive", () => {
  const manifest = (number: number, count = 3, fingerprint = "abc"): PartManifest => ({
    version: 1,
    part: { number, count },
    fingerprint,
    pages: 10,
  });

  it("reads --part as a number from 1 and a count", () => {
    expect(parseArchivePart("2/3")).toEqual({ number: 2, count: 3 });
    expect(() => parseArchivePart("0/3")).toThrow(
      "--part must be <i>/<n> with 1 ≤ i ≤ n, e.g. 2/3: 0/3",
    );
    expect(() => parseArchivePart("4/3")).toThrow(/4\/3$/);
    expect(() => parseArchivePart("2")).toThrow(/: 2$/);
  });

  it("are put in order and refused when one is there twice or of another count", () => {
    const set = [3, 1, 2].map((n) => ({ dir: `p${n}`, manifest: manifest(n) }));
    expect(checkPartSet(set, "abc").map((entry) => entry.dir)).toEqual(["p1", "p2", "p3"]);
    expect(() => checkPartSet([...set, { dir: "again", manifest: manifest(2) }])).toThrow(
      "p2 and again are both part 2/3",
    );
    expect(() => checkPartSet([...set, { dir: "other", manifest: manifest(1, 4) }])).toThrow(
      "other is part 1/4, but the others are parts of 3",
    );
    expect(() => checkPartSet(set, "abd")).toThrow(/^p1 \(part 1\/3\) was built from other/);
  });
});
