import { chmodSync, cpSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { afterAll, describe, expect, it } from "vitest";
import {
  articleFrontMatterSchema,
  headlineFrontMatterSchema,
} from "../../src/archive/articleFrontMatter.ts";
import { runIngest } from "../../src/ingest/runIngest.ts";
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

const SEED_TITLE = "«داعش» يتجه لإنشاء «خلافة افتراضية» مقرها الفضاء الإلكتروني";

function seedInput(): string {
  const input = tempDir();
  cpSync(join(FIXTURES_DIR, "seed", "input.txt"), join(input, "000_5ebd30b5ed3883ee.txt"));
  return input;
}

function readMarkdown(content: string, path: string) {
  return matter(readFileSync(join(content, path), "utf8"));
}

describe("runIngest on the real seed page", () => {
  it("writes one article with its title, source, date and 15 paragraphs, and 57 headlines", async () => {
    const input = seedInput();
    const content = tempDir();
    const { report } = await runIngest({ inputDir: input, contentDir: content });

    expect(report.articles).toEqual([
      {
        file: "000_5ebd30b5ed3883ee.txt",
        output: "articles/2017/10/2c0a0067ccde.md",
        id: "2c0a0067ccde",
        title: SEED_TITLE,
        source: "الحياة",
        date: "2017-10-06",
      },
    ]);
    const article = readMarkdown(content, "articles/2017/10/2c0a0067ccde.md");
    expect(articleFrontMatterSchema.parse(article.data)).toMatchObject({
      title: SEED_TITLE,
      source: "الحياة",
      date: "2017-10-06",
    });
    const paragraphs = article.content.trim().split("\n\n");
    expect(paragraphs).toHaveLength(15);
    expect(article.content).not.toContain("انقر هنا");
    const headlines = listFiles(content).filter((p) => p.startsWith("headlines/"));
    expect(headlines).toHaveLength(57);
    expect(report.headlines).toBe(57);
    for (const path of headlines.slice(0, 5)) {
      const headline = headlineFrontMatterSchema.parse(readMarkdown(content, path).data);
      expect(path).toBe(`headlines/${headline.key.slice(0, 2)}/${headline.key}.md`);
      expect(headline.seen).toBe(1);
    }
  });

  it("rewrites nothing on a second run: same bytes, same mtimes, raw input untouched", async () => {
    const input = seedInput();
    const content = tempDir();
    const inputBefore = snapshot(input);
    await runIngest({ inputDir: input, contentDir: content });
    const first = snapshot(content);
    await new Promise((done) => setTimeout(done, 20));
    const { stats } = await runIngest({ inputDir: input, contentDir: content });
    expect(snapshot(content)).toEqual(first);
    expect(stats).toMatchObject({
      parsed: 0,
      reused: 1,
      articles: { written: 0, unchanged: 1 },
      headlines: { written: 0 },
    });
    expect(snapshot(input)).toEqual(inputBefore);
  });
});

describe("runIngest across several pages", () => {
  it("keeps one article for the same page scraped twice, the first path winning, and lists the other", async () => {
    const input = seedInput();
    cpSync(join(FIXTURES_DIR, "seed-crlf-bom", "input.txt"), join(input, "zz copy عربي.txt"));
    cpSync(join(FIXTURES_DIR, "seed", "input.txt"), join(input, "sub", "again.txt"), {
      recursive: true,
    });
    const content = tempDir();
    const { report } = await runIngest({ inputDir: input, contentDir: content });
    expect(report.articles.map((a) => a.file)).toEqual(["000_5ebd30b5ed3883ee.txt"]);
    expect(report.duplicates).toEqual([
      {
        id: "2c0a0067ccde",
        output: "articles/2017/10/2c0a0067ccde.md",
        kept: "000_5ebd30b5ed3883ee.txt",
        files: ["sub/again.txt", "zz copy عربي.txt"],
      },
    ]);
    const article = readMarkdown(content, "articles/2017/10/2c0a0067ccde.md");
    expect(article.data.scrapedFrom).toBe("000_5ebd30b5ed3883ee.txt");
    expect(article.data.duplicates).toEqual(["sub/again.txt", "zz copy عربي.txt"]);
    // Three pages carried each ticker headline.
    const headline = readMarkdown(
      content,
      listFiles(content).find((p) => p.startsWith("headlines/")) as string,
    );
    expect(headline.data.seen).toBe(3);
  });

  it("keeps two articles with the same title but another date or body, at distinct paths", async () => {
    const input = tempDir();
    writeFiles(input, {
      "a.txt": rawPage({ title: "عنوان واحد", date: "01 - 02 - 2020" }),
      "b.txt": rawPage({ title: "عنوان واحد", date: "02 - 02 - 2020" }),
      "c.txt": rawPage({ title: "عنوان واحد", date: "01 - 02 - 2020", body: ["نص آخر."] }),
    });
    const { report } = await runIngest({ inputDir: input, contentDir: tempDir() });
    expect(report.duplicates).toEqual([]);
    expect(new Set(report.articles.map((a) => a.output)).size).toBe(3);
  });

  it("takes URL, aggregator, paper and scrape time from the manifest and warns on a broken line", async () => {
    const input = tempDir();
    writeFiles(input, {
      "p/1.txt": rawPage({ title: "خبر المانيفست" }),
      "p/2.txt": rawPage({ title: "خبر بلا مانيفست" }),
      "manifest.jsonl": [
        '{"file":"p/1.txt","url":"https://sauress.com/alriyadh/12345","scrapedAt":"2021-06-01T08:00:00Z"}',
        "{broken",
      ].join("\n"),
    });
    utimesSync(
      join(input, "p/2.txt"),
      new Date("2019-01-01T00:00:00Z"),
      new Date("2019-01-02T03:04:05Z"),
    );
    const content = tempDir();
    const { report } = await runIngest({ inputDir: input, contentDir: content });
    const [first, second] = report.articles;
    expect(readMarkdown(content, first?.output as string).data).toMatchObject({
      url: "https://sauress.com/alriyadh/12345",
      aggregator: "sauress.com",
      paper: "alriyadh",
      scrapedAt: "2021-06-01T08:00:00.000Z",
    });
    expect(readMarkdown(content, second?.output as string).data.scrapedAt).toBe(
      "2019-01-02T03:04:05.000Z",
    );
    expect(report.warnings).toEqual([
      { file: "manifest.jsonl", message: "line 2: not valid JSON" },
    ]);
    expect(report.summary.files).toBe(2);
  });

  it("links a ticker headline to the archived article whose title matches", async () => {
    const input = tempDir();
    writeFiles(input, {
      "a.txt": rawPage({
        title: "افتتاح المعرض الدولي",
        ticker: ["افتتـــاح المعرض  الدولي", "خبر آخر"],
      }),
    });
    const content = tempDir();
    const { report } = await runIngest({ inputDir: input, contentDir: content });
    const linked = listFiles(content)
      .filter((p) => p.startsWith("headlines/"))
      .map((p) => readMarkdown(content, p).data)
      .filter((d) => d.article);
    expect(linked).toEqual([
      expect.objectContaining({ text: "افتتـــاح المعرض الدولي", article: report.articles[0]?.id }),
    ]);
  });

  it("lists every kind of bad input with its reason and keeps going", async () => {
    const input = tempDir();
    for (const name of [
      "empty-file",
      "binary-data",
      "undecodable-bytes",
      "ticker-only",
      "no-title",
      "no-attribution",
      "unknown-layout",
      "impossible-date",
      "french-page",
      "seed",
    ]) {
      cpSync(join(FIXTURES_DIR, name, "input.txt"), join(input, `${name}.txt`));
    }
    writeFiles(input, {
      "huge.txt": rawPage({ title: "مقال ضخم", body: ["كلمة ".repeat(1_000_000).trim()] }),
    });
    const content = tempDir();
    const { report } = await runIngest({ inputDir: input, contentDir: content });
    expect(report.rejected).toEqual([
      { file: "binary-data.txt", reason: "binary data: NUL byte at offset 8" },
      { file: "empty-file.txt", reason: "empty file (0 bytes)" },
      {
        file: "no-attribution.txt",
        reason: "no attribution line (نشر في <newspaper> يوم DD - MM - YYYY) under the title",
      },
      {
        file: "no-title.txt",
        reason: "no title: the attribution line is the first line after the ticker",
      },
      { file: "ticker-only.txt", reason: "ticker only: no title, attribution or body" },
      {
        file: "undecodable-bytes.txt",
        reason: "undecodable bytes: UTF-8 byte-order mark but invalid UTF-8 content",
      },
      {
        file: "unknown-layout.txt",
        reason:
          "unknown layout: no attribution line (نشر في <newspaper> يوم DD - MM - YYYY) and no footer",
      },
    ]);
    expect(report.articles.map((a) => a.file)).toEqual([
      "french-page.txt",
      "huge.txt",
      "impossible-date.txt",
      "seed.txt",
    ]);
    const undated = report.articles.find((a) => a.file === "impossible-date.txt");
    expect(undated).toMatchObject({
      output: expect.stringMatching(/^articles\/undated\/[0-9a-f]{12}\.md$/),
      dateProblem: "31 - 02 - 2017",
    });
    expect(report.warnings).toContainEqual({
      file: "impossible-date.txt",
      message:
        'impossible date "31 - 02 - 2017" (day 31, month 2, year 2017): article kept without a date',
    });
    const huge = readMarkdown(content, report.articles[1]?.output as string);
    expect(huge.data.words).toBe(1_000_000);
    // Seed 57, the shared three-headline ticker of the small fixtures (the ticker-only page's
    // included), the French ticker's two and the huge page's two: no overlap between them.
    expect(report.headlines).toBe(57 + 3 + 2 + 2);
  });
});

describe("runIngest keeps hand edits and cleans up after itself", () => {
  it("does not overwrite an article edited by hand, warns, and overwrites it with force", async () => {
    const input = seedInput();
    const content = tempDir();
    await runIngest({ inputDir: input, contentDir: content });
    const path = join(content, "articles/2017/10/2c0a0067ccde.md");
    const edited = `${readFileSync(path, "utf8")}\nملاحظة المحرر.\n`;
    writeFileSync(path, edited);
    // A changed scrape time forces a re-render, which must then notice the edit.
    writeFileSync(
      join(input, "manifest.jsonl"),
      '{"file":"000_5ebd30b5ed3883ee.txt","scrapedAt":"2022-01-01T00:00:00Z"}\n',
    );
    const { report, stats } = await runIngest({ inputDir: input, contentDir: content });
    expect(readFileSync(path, "utf8")).toBe(edited);
    expect(stats.articles.edited).toBe(1);
    expect(report.warnings).toEqual([
      {
        file: "articles/2017/10/2c0a0067ccde.md",
        message: expect.stringMatching(/^edited by hand/),
      },
    ]);
    await runIngest({ inputDir: input, contentDir: content, force: true });
    expect(readFileSync(path, "utf8")).not.toContain("ملاحظة المحرر");
    expect(readMarkdown(content, "articles/2017/10/2c0a0067ccde.md").data.scrapedAt).toBe(
      "2022-01-01T00:00:00.000Z",
    );
  });

  it("after an upgrade that changed the state's version, replaces the files ingest wrote and keeps hand edits", async () => {
    const input = tempDir();
    writeFiles(input, {
      "a.txt": rawPage({ title: "خبر يحدّث بعد الترقية" }),
      "b.txt": rawPage({ title: "خبر حرّره المحرر", date: "02 - 02 - 2020" }),
    });
    const content = tempDir();
    await runIngest({ inputDir: input, contentDir: content });
    const articles = listFiles(content).filter((file) => file.startsWith("articles/"));
    const [updated, edited] = ["خبر يحدّث", "خبر حرّره"].map((title) =>
      articles.find((file) => readFileSync(join(content, file), "utf8").includes(title)),
    );
    if (!updated || !edited) throw new Error("the two articles were not written");
    writeFileSync(
      join(content, edited),
      `${readFileSync(join(content, edited), "utf8")}\nملاحظة.\n`,
    );
    // The state as an older ingest left it, and a new scrape time that changes every article.
    const stateFile = join(content, ".state/ingest-state.json");
    const state = JSON.parse(readFileSync(stateFile, "utf8")) as { version: number };
    writeFileSync(stateFile, JSON.stringify({ ...state, version: state.version - 1 }));
    writeFileSync(
      join(input, "manifest.jsonl"),
      [
        '{"file":"a.txt","scrapedAt":"2022-01-01T00:00:00Z"}',
        '{"file":"b.txt","scrapedAt":"2022-01-01T00:00:00Z"}',
      ].join("\n"),
    );
    const { stats } = await runIngest({ inputDir: input, contentDir: content });
    expect(readMarkdown(content, updated).data.scrapedAt).toBe("2022-01-01T00:00:00.000Z");
    expect(readFileSync(join(content, edited), "utf8")).toContain("ملاحظة.");
    expect(stats.articles.edited).toBe(1);
  });

  it("removes the outputs of a page that disappeared, unless they were edited by hand", async () => {
    const input = tempDir();
    writeFiles(input, {
      "a.txt": rawPage({ title: "يبقى" }),
      "b.txt": rawPage({ title: "يزول", ticker: ["شريط خاص"] }),
    });
    const content = tempDir();
    const { report } = await runIngest({ inputDir: input, contentDir: content });
    const gone = report.articles.find((a) => a.file === "b.txt")?.output as string;
    rmSync(join(input, "b.txt"));
    const second = await runIngest({ inputDir: input, contentDir: content });
    expect(listFiles(content)).not.toContain(gone);
    expect(listFiles(content).filter((p) => p.startsWith("articles/"))).toEqual([
      second.report.articles[0]?.output,
    ]);
    expect(second.stats.removed).toBe(2);

    const kept = second.report.articles[0]?.output as string;
    writeFileSync(join(content, kept), "نص حرره إنسان\n");
    rmSync(join(input, "a.txt"));
    const third = await runIngest({ inputDir: input, contentDir: content });
    expect(readFileSync(join(content, kept), "utf8")).toBe("نص حرره إنسان\n");
    expect(third.report.warnings).toContainEqual({
      file: kept,
      message: "no longer produced by any input but edited by hand: kept",
    });
  });

  it("parses only new pages on a re-run after pages were added", async () => {
    const input = tempDir();
    writeFiles(
      input,
      Object.fromEntries(
        Array.from({ length: 20 }, (_, i) => [`${i}.txt`, rawPage({ title: `خبر رقم ${i}` })]),
      ),
    );
    const content = tempDir();
    await runIngest({ inputDir: input, contentDir: content });
    writeFiles(input, {
      "new-1.txt": rawPage({ title: "خبر جديد 1" }),
      "new-2.txt": rawPage({ title: "خبر جديد 2" }),
    });
    const { stats, report } = await runIngest({ inputDir: input, contentDir: content });
    expect(stats).toMatchObject({ parsed: 2, reused: 20, articles: { written: 2, unchanged: 20 } });
    expect(report.articles).toHaveLength(22);
  });

  it("lists a newly added copy as a duplicate of the unchanged article it repeats", async () => {
    const input = seedInput();
    const content = tempDir();
    await runIngest({ inputDir: input, contentDir: content });
    cpSync(join(FIXTURES_DIR, "seed-crlf-bom", "input.txt"), join(input, "zz-again.txt"));
    const { stats, report } = await runIngest({ inputDir: input, contentDir: content });
    expect(stats.articles).toEqual({ written: 1, unchanged: 0, edited: 0 });
    expect(report.duplicates[0]?.files).toEqual(["zz-again.txt"]);
    const article = readMarkdown(content, "articles/2017/10/2c0a0067ccde.md");
    expect(article.data).toMatchObject({
      scrapedFrom: "000_5ebd30b5ed3883ee.txt",
      duplicates: ["zz-again.txt"],
    });
  });

  it("gives the same archive incrementally as in one clean run", async () => {
    const input = tempDir();
    writeFiles(input, { "a.txt": rawPage({ title: "أ" }), "c.txt": rawPage({ title: "ج" }) });
    const incremental = tempDir();
    await runIngest({ inputDir: input, contentDir: incremental });
    writeFiles(input, { "b.txt": rawPage({ title: "ب" }), "a2.txt": rawPage({ title: "أ" }) });
    await runIngest({ inputDir: input, contentDir: incremental });
    const clean = tempDir();
    await runIngest({ inputDir: input, contentDir: clean });
    const hashes = (root: string) =>
      Object.fromEntries(
        Object.entries(snapshot(root))
          .filter(([p]) => !p.startsWith(".state"))
          .map(([p, v]) => [p, v.sha256]),
      );
    expect(hashes(incremental)).toEqual(hashes(clean));
    expect(readFileSync(join(incremental, ".state/ingest-report.json"), "utf8")).toBe(
      readFileSync(join(clean, ".state/ingest-report.json"), "utf8"),
    );
  });
});

describe("runIngest on unreadable input", () => {
  it.skipIf(process.getuid?.() === 0)("rejects a page it may not read and goes on", async () => {
    const input = tempDir();
    writeFiles(input, {
      "a.txt": rawPage({ title: "مقروء" }),
      "b.txt": rawPage({ title: "ممنوع" }),
    });
    chmodSync(join(input, "b.txt"), 0o000);
    const { report } = await runIngest({ inputDir: input, contentDir: tempDir() });
    expect(report.rejected).toEqual([{ file: "b.txt", reason: "cannot read the file (EACCES)" }]);
    expect(report.articles.map((a) => a.file)).toEqual(["a.txt"]);
  });
});

describe("runIngest on worker threads", () => {
  it("writes the same archive when pages are parsed on a worker thread as on the main thread", async () => {
    const input = seedInput();
    writeFiles(
      input,
      Object.fromEntries(
        // More pages than the pool parses inline before it starts its workers.
        Array.from({ length: 340 }, (_, i) => [`p${i}.txt`, rawPage({ title: `خبر ${i}` })]),
      ),
    );
    writeFiles(input, { "empty.txt": "" });
    const inline = tempDir();
    const threaded = tempDir();
    const a = await runIngest({ inputDir: input, contentDir: inline, workers: 0 });
    const b = await runIngest({ inputDir: input, contentDir: threaded, workers: 1 });
    expect(b.stats).toMatchObject({ parsed: 342, workerThreads: 1 });
    expect(a.stats.workerThreads).toBe(0);
    expect(b.report).toEqual(a.report);
    // The state file records output mtimes, which differ between the two folders.
    const hashes = (root: string) =>
      Object.fromEntries(
        Object.entries(snapshot(root))
          .filter(([p]) => p !== ".state/ingest-state.json")
          .map(([p, v]) => [p, v.sha256]),
      );
    expect(hashes(threaded)).toEqual(hashes(inline));
  });
});

describe("runIngest manifest lookup", () => {
  it("finds content/manifest.jsonl beside an input folder named raw when no manifest is named", async () => {
    const content = tempDir();
    writeFiles(content, {
      "raw/a.txt": rawPage({ title: "خبر" }),
      "manifest.jsonl": '{"file":"a.txt","url":"https://sauress.com/okaz/1"}\n',
    });
    const { report } = await runIngest({ inputDir: join(content, "raw"), contentDir: content });
    expect(readMarkdown(content, report.articles[0]?.output as string).data.paper).toBe("okaz");
  });

  it("fails the run when a named manifest is missing", async () => {
    await expect(
      runIngest({
        inputDir: tempDir(),
        contentDir: tempDir(),
        manifestPath: "/nonexistent/manifest.jsonl",
      }),
    ).rejects.toThrow(/^cannot read manifest \/nonexistent\/manifest.jsonl/);
  });
});
