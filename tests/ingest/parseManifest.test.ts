import { describe, expect, it } from "vitest";
import {
  outputPathProblem,
  articleOutputPath,
  headlineOutputPath,
} from "../../src/ingest/outputPaths.ts";
import { parseArticleUrl, parseManifest } from "../../src/ingest/parseManifest.ts";

describe("parseManifest", () => {
  it("reads entries by file, normalises scrapedAt to UTC ISO and reports broken lines", () => {
    const manifest = parseManifest(
      [
        '{"file":"./a/001.txt","url":"https://sauress.com/alhayat/573769","scrapedAt":"2024-03-01T12:00:00+03:00"}',
        "{not json",
        '{"url":"https://x.com/a/1"}',
        '{"file":"b.txt","scrapedAt":"yesterday"}',
        "",
      ].join("\n"),
    );
    expect([...manifest.entries.values()]).toEqual([
      {
        file: "a/001.txt",
        url: "https://sauress.com/alhayat/573769",
        scrapedAt: "2024-03-01T09:00:00.000Z",
      },
    ]);
    expect(manifest.problems).toEqual([
      { line: 2, message: "not valid JSON" },
      { line: 3, message: 'missing "file"' },
      { line: 4, message: '"scrapedAt" is not a date-time: "yesterday"' },
    ]);
  });
});

describe("the generated flag", () => {
  it("keeps generated: true, drops generated: false and refuses anything else on that line", () => {
    const { entries, problems } = parseManifest(
      [
        '{"file":"a.txt","generated":true}',
        '{"file":"b.txt","generated":false}',
        '{"file":"c.txt","generated":"yes"}',
      ].join("\n"),
    );
    expect(entries.get("a.txt")).toEqual({ file: "a.txt", generated: true });
    expect(entries.get("b.txt")).toEqual({ file: "b.txt" });
    expect(entries.has("c.txt")).toBe(false);
    expect(problems).toEqual([{ line: 3, message: '"generated" is not true or false: "yes"' }]);
  });
});

describe("parseArticleUrl", () => {
  it("takes the aggregator host and the newspaper slug from an article URL", () => {
    expect(parseArticleUrl("https://sauress.com/alhayat/573769")).toEqual({
      aggregator: "sauress.com",
      paper: "alhayat",
    });
    expect(parseArticleUrl("http://www.djazairess.com/fr/elwatan/1494142")).toEqual({
      aggregator: "djazairess.com",
      paper: "elwatan",
    });
    expect(parseArticleUrl("javascript:alert(1)")).toBeUndefined();
  });

  it("keeps a newspaper slug with a malformed percent escape as written instead of failing", () => {
    expect(parseArticleUrl("https://sauress.com/%E0/573769")).toEqual({
      aggregator: "sauress.com",
      paper: "%E0",
    });
  });
});

describe("manifest source URLs", () => {
  it.each([
    "javascript:alert(1)",
    "data:text/html,x",
    "ftp://sauress.com/a/1",
    "//sauress.com/a/1",
  ])("refuses %s as a page's source URL and reports the line", (url) => {
    const manifest = parseManifest(JSON.stringify({ file: "a.txt", url }));
    expect(manifest.entries.size).toBe(0);
    expect(manifest.problems).toEqual([
      { line: 1, message: `"url" is not an http(s) URL: ${JSON.stringify(url)}` },
    ]);
  });

  it("reads a line whose URL has a malformed percent escape", () => {
    const url = "https://sauress.com/%E0%A4%A/573769";
    expect(parseManifest(JSON.stringify({ file: "a.txt", url })).entries.get("a.txt")?.url).toBe(
      url,
    );
  });
});

describe("output paths", () => {
  it("files dated articles by year and month and the rest under undated", () => {
    expect(articleOutputPath({ id: "0123456789ab", date: "2017-10-06" })).toBe(
      "articles/2017/10/0123456789ab.md",
    );
    expect(articleOutputPath({ id: "0123456789ab" })).toBe("articles/undated/0123456789ab.md");
    expect(headlineOutputPath("ab0123456789")).toBe("headlines/ab/ab0123456789.md");
  });

  it.each([
    ["../etc/passwd", "has an empty, . or .. segment"],
    ["/abs.md", "not a relative POSIX path"],
    ["articles/\u202egpj.md", "contains a bidi control character"],
    ["articles/\u2067x.md", "contains a bidi control character"],
    [`articles/${"a".repeat(300)}.md`, "empty or too long"],
  ])("refuses %j", (path, problem) => {
    expect(outputPathProblem(path)).toBe(problem);
  });
});
