import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureContent } from "./renderFixtureSite.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A valid article's front matter with some fields replaced (YAML lines, as a person would type them). */
function article(id: string, lines: Record<string, string>, opening = "---"): string {
  const fields: Record<string, string> = {
    id,
    title: `"خبر ${id}"`,
    source: '"الحياة"',
    date: "'2019-03-15'",
    scrapedFrom: `pages/${id}.txt`,
    scrapedAt: "'2025-03-07T10:00:00.000Z'",
    lang: "ar",
    excerpt: '"نص قصير."',
    words: "2",
    ...lines,
  };
  const yaml = Object.entries(fields)
    .map(([key, value]) => `${key}: ${value}`)
    .join("\n");
  return `${opening}\n${yaml}\n---\nنص قصير.\n`;
}

/** Front matter in JavaScript that, if run, leaves a marker file behind. */
function javascriptMatter(opening: string, marker: string): string {
  return `${opening}
(require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran"), {
  id: "${opening === "---js" ? "00000000a0a0" : "00000000b0b0"}", title: "شيفرة", source: "الحياة",
  scrapedFrom: "x", scrapedAt: "2025-01-01T00:00:00.000Z", excerpt: "x", words: 1
})
---
نص.
`;
}

/** Front matter whose aliases expand to 9^7 strings ("billion laughs"), then a valid article. */
function aliasBomb(): string {
  const lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
  const names = ["a", "b", "c", "d", "e", "f", "g"];
  for (let i = 1; i < names.length; i++)
    lines.push(
      `${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(", ")}]`,
    );
  return article("0000000020b0", {}).split("\n").slice(1, -3).concat(lines).join("\n");
}

describe("a build over hand-edited front matter that is hostile or impossible", () => {
  const work = { dir: "", out: "", content: "", stderr: "", marker: "" };

  beforeAll(async () => {
    work.dir = await mkdtemp(path.join(tmpdir(), "hostile-matter-"));
    work.content = path.join(work.dir, "content");
    work.out = path.join(work.dir, "site");
    work.marker = path.join(work.dir, "front-matter-ran");
    await cp(fixtureContent, work.content, { recursive: true });
    const files: Record<string, string> = {
      "articles/2019/04/js.md": javascriptMatter("---js", work.marker),
      "articles/2019/04/javascript.md": javascriptMatter("---javascript", work.marker),
      "headlines/js.md": javascriptMatter("---js", work.marker),
      "articles/2019/04/json.md": `---json\n{"id": "00000000c0c0"}\n---\nنص.\n`,
      "articles/2017/02/overflow.md": article("00000000d0d0", { date: "2017-02-31" }),
      "articles/2017/13/month.md": article("00000000e0e0", { date: "'2017-13-45'" }),
      "articles/2019/04/script-url.md": article("00000000f0f0", {
        url: "'javascript:alert(1)'",
      }),
      "articles/2019/04/alias-bomb.md": `---\n${aliasBomb()}\n---\nنص.\n`,
      "articles/2019/04/https-url.md": article("0000000010a0", {
        url: "'https://sauress.com/alhayat/573769'",
      }),
    };
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(work.content, file)), { recursive: true });
      await writeFile(path.join(work.content, file), text);
    }
    const { stderr } = await promisify(execFile)(
      process.execPath,
      [
        "scripts/news-archive.js",
        "build",
        "--content",
        work.content,
        "--out",
        work.out,
        "--site-config",
        JSON.stringify({ itemsPerPage: 2, headlinesPerPage: 2 }),
      ],
      { cwd: root },
    );
    work.stderr = stderr;
  }, 180_000);

  it("never runs JavaScript front matter, and names each such file as not YAML", () => {
    expect(existsSync(work.marker)).toBe(false);
    for (const [file, language] of [
      ["articles/2019/04/js.md", "js"],
      ["articles/2019/04/javascript.md", "javascript"],
      ["articles/2019/04/json.md", "json"],
      ["headlines/js.md", "js"],
    ] as const) {
      expect(work.stderr).toContain(
        `skipped ${path.join(work.content, file)}: front matter must be YAML (found "---${language}")`,
      );
    }
  });

  it("still builds every valid article beside the rejected files", async () => {
    const page = await readFile(
      path.join(work.out, "articles/2019/03/1a2b3c4d5e6f/index.html"),
      "utf8",
    );
    expect(page).toContain("أمطار غزيرة على منطقة عسير");
    const linked = await readFile(
      path.join(work.out, "articles/2019/03/0000000010a0/index.html"),
      "utf8",
    );
    expect(linked).toContain('href="https://sauress.com/alhayat/573769"');
  });

  it("reports a date that does not exist instead of moving the article to another day", async () => {
    expect(work.stderr).toContain(
      `skipped ${path.join(work.content, "articles/2017/02/overflow.md")}: invalid front matter: date: 2017-02-31 is not a calendar date`,
    );
    expect(work.stderr).toContain(
      `skipped ${path.join(work.content, "articles/2017/13/month.md")}: invalid front matter: date: 2017-13-45 is not a calendar date`,
    );
    expect(existsSync(path.join(work.out, "articles/2017/03/00000000d0d0"))).toBe(false);
    expect(existsSync(path.join(work.out, "articles/2017/13"))).toBe(false);
    expect(await readdir(path.join(work.out, "articles/2017"))).not.toContain("13");
  });

  it("reports a YAML alias bomb as that file's problem and builds the rest", () => {
    expect(work.stderr).toContain(
      `skipped ${path.join(work.content, "articles/2019/04/alias-bomb.md")}: unreadable front matter: too many YAML aliases`,
    );
    expect(existsSync(path.join(work.out, "articles/2019/03/0000000020b0"))).toBe(false);
  });

  it("refuses a source URL that is not http(s) and links it nowhere", async () => {
    expect(work.stderr).toContain(
      `skipped ${path.join(work.content, "articles/2019/04/script-url.md")}: invalid front matter: url: not an http(s) URL`,
    );
    const pages = (await readdir(work.out, { recursive: true })).filter((f) => f.endsWith(".html"));
    for (const page of pages) {
      expect(await readFile(path.join(work.out, page), "utf8")).not.toContain("javascript:");
    }
  });
});
