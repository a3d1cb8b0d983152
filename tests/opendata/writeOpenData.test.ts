import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { Ajv } from "ajv";
import { default as addFormatsModule } from "ajv-formats";
import matter from "gray-matter";
import { parseDocument } from "htmlparser2";
import { afterAll, describe, expect, it } from "vitest";
import { writeOpenData } from "../../src/opendata/writeOpenData.ts";
import { listMarkdownFiles } from "../../src/site/loadArchive.ts";
import { renderArticleBody } from "../../src/site/renderArticleBody.ts";
import { resolveSiteConfig } from "../../src/site/siteConfig.ts";
import { buildStories } from "../../src/stories/buildStories.ts";
import { readCsv } from "../helpers/readCsv.ts";

// ajv-formats is CommonJS: its default export arrives wrapped under ESM with NodeNext resolution.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const config = resolveSiteConfig({
  baseUrl: "https://archive.example.org",
  pathPrefix: "/archive/",
});
const scratch = mkdtempSync(path.join(tmpdir(), "opendata-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const contentDir = path.join(scratch, "content");
cpSync("tests/fixtures/stories/content", contentDir, { recursive: true });
cpSync("tests/fixtures/site/content/headlines", path.join(contentDir, "headlines"), {
  recursive: true,
});
await buildStories({ contentDir });
const outDir = path.join(scratch, "site");
const stateFile = path.join(scratch, "opendata-state.json");
const first = await writeOpenData({ contentDir, outDir, config, stateFile });
const dataDir = path.join(outDir, "data");

/** What a reader of the article page sees: each rendered paragraph's text. */
function renderedParagraphs(file: string): string[] {
  const document = parseDocument(renderArticleBody(file), { decodeEntities: true });
  const text = (node: unknown): string => {
    const n = node as { data?: string; children?: unknown[] };
    return n.data ?? (n.children ?? []).map(text).join("");
  };
  return (document.children as { name?: string }[]).filter((n) => n.name === "p").map(text);
}

const markdown = await Promise.all(
  (await listMarkdownFiles(path.join(contentDir, "articles"))).map(async (file) => ({
    file,
    data: matter(readFileSync(file, "utf8"), {}).data as Record<string, string>,
  })),
);

describe("writeOpenData", () => {
  it("writes one gzip JSON Lines file per year whose records match each article's Markdown and rendered text", () => {
    expect(first.files.map((f) => f.path).sort()).toEqual([
      "articles-2017.jsonl.gz",
      "articles.csv",
      "headlines.csv",
    ]);
    const lines = gunzipSync(readFileSync(path.join(dataDir, "articles-2017.jsonl.gz")))
      .toString("utf8")
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => l.date)).toEqual([...lines.map((l) => l.date)].sort());
    expect(lines).toHaveLength(markdown.length);
    for (const { file, data } of markdown) {
      const record = lines.find((l) => l.id === data.id);
      expect(record, file).toMatchObject({
        title: data.title,
        newspaper: data.source,
        date: data.date,
        original_url: data.url,
        scraped_at: data.scrapedAt,
        text: renderedParagraphs(file).join("\n\n"),
      });
    }
    const copy = lines.find((l) => l.id === "a1b2c3d4e5f6");
    expect(copy?.story_id).toBe("2c0a0067ccde");
    expect(copy?.archive_url).toBe(
      "https://archive.example.org/archive/articles/2017/10/a1b2c3d4e5f6/",
    );
  });

  it("writes each article's JSON beside its page, equal to its JSON Lines record", () => {
    const json = JSON.parse(
      readFileSync(path.join(outDir, "articles/2017/10/a1b2c3d4e5f6.json"), "utf8"),
    );
    expect(json.json_url).toBe(
      "https://archive.example.org/archive/articles/2017/10/a1b2c3d4e5f6.json",
    );
    expect(json.title).toBe("خبراء: «داعش» يسعى إلى «خلافة افتراضية» على الإنترنت");
  });

  it("writes a CSV index that reads back to every article's front matter", () => {
    const [header, ...rows] = readCsv(readFileSync(path.join(dataDir, "articles.csv"), "utf8"));
    expect(header?.slice(0, 6)).toEqual(["id", "date", "newspaper", "title", "author", "story_id"]);
    expect(rows).toHaveLength(markdown.length);
    for (const { data } of markdown) {
      const row = rows.find((r) => r[0] === data.id);
      expect(row?.slice(1, 4)).toEqual([data.date, data.source, data.title]);
    }
  });

  it("lists the ticker headlines with first and last seen", () => {
    const [header, ...rows] = readCsv(readFileSync(path.join(dataDir, "headlines.csv"), "utf8"));
    expect(header).toEqual(["key", "text", "first_seen", "last_seen", "seen", "article_id"]);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row[2]! <= row[3]!).toBe(true);
  });

  it("describes every data file in a datapackage.json valid against the Data Package 2.0 schema", () => {
    const schema = JSON.parse(
      readFileSync("tests/fixtures/opendata/datapackage-2.0.schema.json", "utf8"),
    );
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const dataPackage = JSON.parse(readFileSync(path.join(dataDir, "datapackage.json"), "utf8"));
    expect(validate(dataPackage), ajv.errorsText(validate.errors)).toBe(true);
    // The schema does reject a package that breaks it.
    expect(validate({ ...dataPackage, resources: [{ name: "x" }] })).toBe(false);
    const resources = dataPackage.resources as { path: string; bytes: number; hash: string }[];
    expect(resources.map((r) => r.path)).toEqual([
      "articles-2017.jsonl.gz",
      "articles.csv",
      "headlines.csv",
    ]);
    for (const resource of resources) {
      expect(statSync(path.join(dataDir, resource.path)).size).toBe(resource.bytes);
    }
    expect(dataPackage.licenses[0].name).toBe("ODC-By-1.0");
  });

  it("rewrites nothing when nothing changed, and only the changed year and article after an edit", async () => {
    const yearFile = path.join(dataDir, "articles-2017.jsonl.gz");
    const before = readFileSync(yearFile);
    utimesSync(yearFile, new Date(0), new Date(0));
    const again = await writeOpenData({ contentDir, outDir, config, stateFile });
    expect(again).toMatchObject({
      yearsWritten: [],
      articleFilesWritten: 0,
      articleFilesRemoved: 0,
    });
    expect(statSync(yearFile).mtimeMs).toBe(0);

    const edited = path.join(contentDir, "articles/2017/10/d4e5f6a7b8c9.md");
    writeFileSync(edited, `${readFileSync(edited, "utf8")}\nفقرة أضيفت.\n`);
    unlinkSync(path.join(contentDir, "articles/2017/10/f6a7b8c9d0e1.md"));
    const changed = await writeOpenData({ contentDir, outDir, config, stateFile });
    expect(changed).toMatchObject({
      yearsWritten: ["2017"],
      articleFilesWritten: 1,
      articleFilesRemoved: 1,
      // October's five remaining articles; November's gzip member is taken from the old file.
      articleTextsRead: 5,
    });
    expect(existsSync(path.join(outDir, "articles/2017/10/f6a7b8c9d0e1.json"))).toBe(false);
    expect(readFileSync(yearFile).equals(before)).toBe(false);

    // A clean run over the same content writes the same bytes.
    const cleanOut = path.join(scratch, "clean-site");
    await writeOpenData({ contentDir, outDir: cleanOut, config });
    for (const name of [
      "articles-2017.jsonl.gz",
      "articles.csv",
      "headlines.csv",
      "datapackage.json",
    ]) {
      expect(
        readFileSync(path.join(cleanOut, "data", name)).equals(
          readFileSync(path.join(dataDir, name)),
        ),
        name,
      ).toBe(true);
    }
  });

  it("rebuilds every month of a year file that changed on disk since the last run, as a clean run would", async () => {
    const yearFile = path.join(dataDir, "articles-2017.jsonl.gz");
    const intact = readFileSync(yearFile);
    // A run killed mid-write, or a hand edit: the file no longer has the recorded hash.
    writeFileSync(yearFile, intact.subarray(0, intact.length - 9));
    const edited = path.join(contentDir, "articles/2017/10/d4e5f6a7b8c9.md");
    writeFileSync(edited, `${readFileSync(edited, "utf8")}\nفقرة ثانية.\n`);
    const repaired = await writeOpenData({ contentDir, outDir, config, stateFile });
    expect(repaired).toMatchObject({ yearsWritten: ["2017"], articleTextsRead: 6 });
    const cleanOut = path.join(scratch, "clean-site-2");
    await writeOpenData({ contentDir, outDir: cleanOut, config });
    expect(
      readFileSync(yearFile).equals(
        readFileSync(path.join(cleanOut, "data", "articles-2017.jsonl.gz")),
      ),
    ).toBe(true);
    expect(
      gunzipSync(readFileSync(yearFile))
        .toString("utf8")
        .trimEnd()
        .split("\n")
        .map((line) => (JSON.parse(line) as { id: string }).id),
    ).toContain("d4e5f6a7b8c9");
  });
});
