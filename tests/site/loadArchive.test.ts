import { cp, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadArchive } from "../../src/site/loadArchive.ts";
import { fixtureContent } from "./renderFixtureSite.ts";

describe("loadArchive", () => {
  it("reads every valid article and headline and reports the invalid file with its path", async () => {
    const loaded = await loadArchive(fixtureContent);
    expect(loaded.articles.map((a) => a.frontMatter.id)).toHaveLength(12);
    expect(
      loaded.articles.find((a) => a.frontMatter.id === "2b3c4d5e6f70")?.frontMatter.author,
    ).toBe("محمد العتيبي");
    expect(loaded.headlines.map((h) => h.key)).toContain("c0ffee000001");
    expect(loaded.problems).toEqual([
      {
        file: path.join(fixtureContent, "articles/2019/02/broken.md"),
        message: expect.stringMatching(/^invalid front matter: id: .*title: /),
      },
    ]);
  });

  it("gives the same archive from its front-matter cache and re-reads a file that changed", async () => {
    const work = await mkdtemp(path.join(tmpdir(), "load-archive-"));
    const content = path.join(work, "content");
    await cp(fixtureContent, content, { recursive: true });
    const cacheFile = path.join(work, "cache.json");
    const first = await loadArchive(content, { cacheFile });
    expect(Object.keys(JSON.parse(await readFile(cacheFile, "utf8")).files)).toHaveLength(18);
    expect(await loadArchive(content, { cacheFile })).toEqual(first);

    const changed = path.join(content, "articles/2017/10/a1b2c3d4e5f6.md");
    await writeFile(
      changed,
      (await readFile(changed, "utf8")).replace('source: "الحياة"', 'source: "الحياة الجديدة"'),
    );
    const third = await loadArchive(content, { cacheFile });
    expect(
      third.articles.find((a) => a.frontMatter.id === "a1b2c3d4e5f6")?.frontMatter.source,
    ).toBe("الحياة الجديدة");
  });

  it("reads only the articles when asked, keeping the headlines' cache entries for the next full load", async () => {
    const work = await mkdtemp(path.join(tmpdir(), "load-archive-"));
    const content = path.join(work, "content");
    await cp(fixtureContent, content, { recursive: true });
    const cacheFile = path.join(work, "cache.json");
    const full = await loadArchive(content, { cacheFile });
    const cached = JSON.parse(await readFile(cacheFile, "utf8")).files;
    const articlesOnly = await loadArchive(content, { cacheFile, articlesOnly: true });
    expect(articlesOnly.articles).toEqual(full.articles);
    expect(articlesOnly.headlines).toEqual([]);
    expect(JSON.parse(await readFile(cacheFile, "utf8")).files).toEqual(cached);
  });

  it("keeps using its cache when the content folder is moved (the cache is keyed by paths inside it)", async () => {
    const work = await mkdtemp(path.join(tmpdir(), "load-archive-"));
    const content = path.join(work, "content");
    await cp(fixtureContent, content, { recursive: true, preserveTimestamps: true });
    const cacheFile = path.join(work, "cache.json");
    await loadArchive(content, { cacheFile });
    // Mark one cached entry, so that only a load served from the cache can return the mark.
    const cache = JSON.parse(await readFile(cacheFile, "utf8"));
    const entry = cache.files[path.join("articles", "2017", "10", "a1b2c3d4e5f6.md")];
    entry.data.source = "من الذاكرة المؤقتة";
    await writeFile(cacheFile, JSON.stringify(cache));

    const moved = path.join(work, "moved");
    await cp(content, moved, { recursive: true, preserveTimestamps: true });
    const loaded = await loadArchive(moved, { cacheFile });
    expect(
      loaded.articles.find((a) => a.frontMatter.id === "a1b2c3d4e5f6")?.frontMatter.source,
    ).toBe("من الذاكرة المؤقتة");
  });

  it("leaves its cache file as it was when no content file changed, and rewrites it when one did or vanished", async () => {
    const work = await mkdtemp(path.join(tmpdir(), "load-archive-"));
    const content = path.join(work, "content");
    await cp(fixtureContent, content, { recursive: true });
    const cacheFile = path.join(work, "cache.json");
    await loadArchive(content, { cacheFile });
    // A marker the loader would drop on rewrite (it writes only `version` and `files`).
    const marked = { ...JSON.parse(await readFile(cacheFile, "utf8")), untouched: true };
    await writeFile(cacheFile, JSON.stringify(marked));
    const { ino } = await stat(cacheFile);

    await loadArchive(content, { cacheFile });
    expect((await stat(cacheFile)).ino).toBe(ino);
    expect(JSON.parse(await readFile(cacheFile, "utf8")).untouched).toBe(true);

    const changed = path.join(content, "articles/2017/10/a1b2c3d4e5f6.md");
    await writeFile(changed, (await readFile(changed, "utf8")).replace("الحياة", "الحياة الجديدة"));
    await loadArchive(content, { cacheFile });
    const rewritten = JSON.parse(await readFile(cacheFile, "utf8"));
    expect(rewritten.untouched).toBeUndefined();
    expect(rewritten.files[path.join("articles", "2017", "10", "a1b2c3d4e5f6.md")].data.source).toBe(
      "الحياة الجديدة",
    );

    await writeFile(cacheFile, JSON.stringify({ ...rewritten, untouched: true }));
    await rm(changed);
    await loadArchive(content, { cacheFile });
    const shrunk = JSON.parse(await readFile(cacheFile, "utf8"));
    expect(shrunk.untouched).toBeUndefined();
    expect(Object.keys(shrunk.files)).toHaveLength(17);
  });
});
