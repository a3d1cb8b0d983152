// `news-archive build` renders the fixture archive and indexes it for search in the same command:
// the sharded Pagefind bundle and the search scripts land in the output, a spelling variant finds
// its article and a ticker headline in Node, and rebuilds (plain or --incremental) leave the same
// bytes as a clean build.
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchArchive } from "../../src/search/searchArchive.ts";
import { fixtureContentDir } from "../helpers/builtSite.ts";
import { loadShardedPagefind, type PagefindModule } from "../search/support/loadPagefind.ts";
import { serveDirectory, type ServedDirectory } from "../search/support/serveDirectory.ts";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const workDir = mkdtempSync(path.join(tmpdir(), "build-archive-"));

/** Runs `news-archive build` into `out`, keeping its build state beside it; returns stdout. */
function build(contentDir: string, out: string, ...flags: string[]): string {
  const result = spawnSync(
    process.execPath,
    [
      "scripts/news-archive.js",
      "build",
      "--content",
      contentDir,
      "--out",
      out,
      "--state-file",
      `${out}.state.json`,
      ...flags,
    ],
    { cwd: repoRoot, encoding: "utf8", timeout: 120_000 },
  );
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr || result.stdout}`);
  return result.stdout;
}

/** Every file under a folder with its bytes, by relative path. */
function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), readFileSync(file).toString("base64"));
  }
  return files;
}

/** The differing paths of two trees (missing on either side or with other bytes). */
function treeDifferences(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => a.get(name) !== b.get(name)).sort();
}

function rebuiltShards(stdout: string): { shards: number; rebuilt: number } {
  const match = /in (\d+) shard\(s\), (\d+) rebuilt/.exec(stdout);
  if (!match) throw new Error(`no indexing figures in: ${stdout}`);
  return { shards: Number(match[1]), rebuilt: Number(match[2]) };
}

describe("news-archive build on the fixture archive", () => {
  const site = path.join(workDir, "site");
  let stdout = "";
  let server: ServedDirectory;
  let pagefind: PagefindModule;

  beforeAll(async () => {
    stdout = build(fixtureContentDir, site);
    server = await serveDirectory(site);
    // Loading writes a package.json into the shard folder: do it on a copy of the bundle.
    cpSync(path.join(site, "pagefind"), path.join(workDir, "loaded", "pagefind"), {
      recursive: true,
    });
    pagefind = await loadShardedPagefind(
      path.join(workDir, "loaded", "pagefind"),
      `${server.origin}/pagefind/`,
    );
  }, 120_000);

  afterAll(async () => {
    await server?.close();
  });

  it("writes the shard manifest, Pagefind shards and both search scripts", () => {
    const manifest = JSON.parse(readFileSync(path.join(site, "pagefind/shards.json"), "utf8")) as {
      shards: { path: string; pages: number; headlines: number }[];
    };
    expect(manifest.shards.length).toBeGreaterThan(0);
    for (const shard of manifest.shards) {
      expect(existsSync(path.join(site, "pagefind", shard.path, "pagefind.js"))).toBe(true);
    }
    // 12 valid articles (broken.md is skipped) and the 6 fixture headlines.
    expect(manifest.shards.reduce((sum, shard) => sum + shard.pages, 0)).toBe(12);
    expect(manifest.shards.reduce((sum, shard) => sum + shard.headlines, 0)).toBe(6);
    expect(existsSync(path.join(site, "search/search.js"))).toBe(true);
    expect(existsSync(path.join(site, "search/search-highlight.js"))).toBe(true);
    expect(stdout).toMatch(/search index: 12 pages and 6 headlines in \d+ shard\(s\)/);
  });

  it("finds «الحكومة تعلن خطة جديدة لدعم المدارس» when searching والحكومه (و+ال prefix, ه for ة)", async () => {
    const results = await searchArchive(pagefind, { query: "والحكومه" });
    const found = await Promise.all(results.map((result) => result.data()));
    expect(found.map((result) => result.meta.title)).toContain(
      "الحكومة تعلن خطة جديدة لدعم المدارس",
    );
    expect(found.map((result) => result.url)).toContain("/articles/2017/10/0f1e2d3c4b5a/");
  });

  it("finds the ticker headline «أمير حائل يستقبل …» by امير حائل (no hamza) at its item on the headlines page", async () => {
    const results = await searchArchive(pagefind, { query: "امير حائل" });
    const found = await Promise.all(results.map((result) => result.data()));
    const headline = found.find((result) => result.filters.kind?.includes("headline"));
    expect(headline?.meta.title).toBe("أمير حائل يستقبل رئيس هيئة الرقابة ومكافحة الفساد");
    expect(headline?.url).toBe("/headlines/#h-c0ffee000002");
    const headlinesPage = readFileSync(path.join(site, "headlines/index.html"), "utf8");
    expect(headlinesPage).toContain('<li id="h-c0ffee000002">');
  });

  it("loads the highlighter on article pages and the search script on the search page", () => {
    const article = readFileSync(
      path.join(site, "articles/2017/10/0f1e2d3c4b5a/index.html"),
      "utf8",
    );
    expect(article).toContain('<script type="module" src="/search/search-highlight.js"></script>');
    const searchPage = readFileSync(path.join(site, "search/index.html"), "utf8");
    expect(searchPage).toContain('data-pagefind-bundle="/pagefind/"');
    expect(searchPage).toContain('<script type="module" src="/search/search.js"></script>');
  });
});

describe("news-archive build --path-prefix /archive/", () => {
  it("points the search page at /archive/pagefind/ and loads /archive/search/search.js", () => {
    const site = path.join(workDir, "prefixed");
    build(fixtureContentDir, site, "--path-prefix", "/archive/");
    const searchPage = readFileSync(path.join(site, "search/index.html"), "utf8");
    expect(searchPage).toContain('data-pagefind-bundle="/archive/pagefind/"');
    expect(searchPage).toContain('data-site-base="/archive/"');
    expect(searchPage).toContain('src="/archive/search/search.js"');
    expect(searchPage).toContain('action="/archive/search/"');
    const article = readFileSync(
      path.join(site, "articles/2017/10/0f1e2d3c4b5a/index.html"),
      "utf8",
    );
    expect(article).toContain('src="/archive/search/search-highlight.js"');
    // Host files come last, so their cache rules cover the Pagefind shards of this prefix.
    const headers = readFileSync(path.join(site, "_headers"), "utf8");
    expect(headers).toContain("for the path prefix /archive/");
    expect(headers).toMatch(/^\/archive\/pagefind\/shards\/[^\n]+\/fragment\/\*$/m);
    expect(headers).toContain("Content-Security-Policy: default-src 'self'");
    expect(readFileSync(path.join(site, "_redirects"), "utf8")).toContain("/archive/");
  }, 120_000);
});

describe("rebuilding after new content", () => {
  const content = path.join(workDir, "content");
  const incremental = path.join(workDir, "incremental");
  const plain = path.join(workDir, "plain");
  const clean = path.join(workDir, "clean");

  beforeAll(() => {
    cpSync(fixtureContentDir, content, { recursive: true });
    // Small shards, so that a new article touches one shard of several.
    for (const out of [incremental, plain]) build(content, out, "--shard-size", "4");
    const source = readFileSync(path.join(content, "articles/2025/01/8192a3b4c5d6.md"), "utf8");
    const added = source
      .replace("id: 8192a3b4c5d6", "id: 0a0b0c0d0e0f")
      .replace("date: '2025-01-08'", "date: '2025-03-09'")
      .replace("تدشين خط جديد للسكك الحديدية", "افتتاح محطة جديدة للسكك الحديدية");
    writeFileSync(path.join(content, "articles/2025/03/0a0b0c0d0e0f.md"), added);
  }, 240_000);

  it("rebuilds only the 2025 article shards with --incremental (the year now splits in two), and matches a clean build byte for byte", () => {
    const shard2017 = path.join(incremental, "pagefind/shards/2017");
    const before = readTree(shard2017);
    const stdout = build(content, incremental, "--incremental", "--shard-size", "4");
    // Records come from the model: a page whose related-article list changed is not re-indexed.
    expect(rebuiltShards(stdout)).toEqual({ shards: 7, rebuilt: 2 });
    expect(treeDifferences(readTree(shard2017), before)).toEqual([]);
    build(content, clean, "--shard-size", "4");
    expect(treeDifferences(readTree(incremental), readTree(clean))).toEqual([]);
  }, 240_000);

  it("leaves the same files as a clean build after a plain rebuild into the old folder", () => {
    build(content, plain, "--shard-size", "4");
    if (!existsSync(clean)) build(content, clean, "--shard-size", "4");
    expect(treeDifferences(readTree(plain), readTree(clean))).toEqual([]);
  }, 240_000);
});

describe("an article whose title mentions data-pagefind-body (issue 10, item 6)", () => {
  const content = path.join(workDir, "content-markup-title");
  const site = path.join(workDir, "markup-title");
  let server: ServedDirectory;
  let pagefind: PagefindModule;

  beforeAll(async () => {
    cpSync(fixtureContentDir, content, { recursive: true });
    // Without undated articles, a list page taken for a search page would sit alone in the
    // undated shard, an index with no page, which made Pagefind fail every query.
    rmSync(path.join(content, "articles/undated"), { recursive: true });
    const source = readFileSync(path.join(content, "articles/2017/10/a1b2c3d4e5f6.md"), "utf8");
    writeFileSync(
      path.join(content, "articles/2017/10/0d0d0d0d0d0d.md"),
      source
        .replace("id: a1b2c3d4e5f6", "id: 0d0d0d0d0d0d")
        .replace(/^title: .*$/m, `title: "شرح السمة <main data-pagefind-body> لمطوري المواقع"`),
    );
    build(content, site);
    server = await serveDirectory(site);
    cpSync(path.join(site, "pagefind"), path.join(workDir, "loaded-markup", "pagefind"), {
      recursive: true,
    });
    pagefind = await loadShardedPagefind(
      path.join(workDir, "loaded-markup", "pagefind"),
      `${server.origin}/pagefind/`,
    );
  }, 120_000);

  afterAll(async () => {
    await server?.close();
  });

  it("indexes the 12 articles and 6 headlines of the model and no list page that shows the title", async () => {
    const manifest = JSON.parse(readFileSync(path.join(site, "pagefind/shards.json"), "utf8")) as {
      shards: { pages: number; headlines: number }[];
    };
    expect(manifest.shards.reduce((sum, shard) => sum + shard.pages, 0)).toBe(12);
    expect(manifest.shards.reduce((sum, shard) => sum + shard.headlines, 0)).toBe(6);
    expect(manifest.shards.every((shard) => shard.pages + shard.headlines > 0)).toBe(true);
    const results = await searchArchive(pagefind, { query: "لمطوري المواقع" });
    const urls = (await Promise.all(results.map((result) => result.data()))).map((r) => r.url);
    expect(urls).toEqual(["/articles/2017/10/0d0d0d0d0d0d/"]);
  });

  it("still answers every other query, e.g. والحكومه finds «الحكومة تعلن خطة جديدة لدعم المدارس»", async () => {
    const results = await searchArchive(pagefind, { query: "والحكومه" });
    const found = await Promise.all(results.map((result) => result.data()));
    expect(found.map((result) => result.url)).toContain("/articles/2017/10/0f1e2d3c4b5a/");
  });
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));
