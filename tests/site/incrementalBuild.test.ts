import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { fixtureContent, snapshot } from "./renderFixtureSite.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

async function build(
  content: string,
  out: string,
  stateFile: string,
  incremental: boolean,
): Promise<string> {
  const args = [
    "scripts/news-archive.js",
    "build",
    "--content",
    content,
    "--out",
    out,
    "--state-file",
    stateFile,
    "--site-config",
    JSON.stringify({ itemsPerPage: 2, headlinesPerPage: 2 }),
  ];
  if (incremental) args.push("--incremental");
  const { stderr } = await promisify(execFile)(process.execPath, args, {
    cwd: root,
  });
  return stderr;
}

const newArticle = `---
id: 0123456789ab
title: "خبر جديد عن افتتاح جسر في الرياض"
source: "الرياض"
date: '2025-03-07'
paper: alriyadh
scrapedFrom: pages/new.txt
scrapedAt: '2025-03-08T10:00:00.000Z'
lang: ar
excerpt: "افتتح جسر جديد."
words: 3
---
افتتح جسر جديد.
`;

/** A copy of the fixture archive built once into `<work>/<name>`, its state in `<work>/<name>.json`. */
async function builtFixtureCopy(name: string) {
  const work = await mkdtemp(path.join(tmpdir(), `site-${name}-`));
  const content = path.join(work, "content");
  await cp(fixtureContent, content, { recursive: true });
  const out = path.join(work, name);
  const stateFile = path.join(work, `${name}.json`);
  await build(content, out, stateFile, false);
  return { work, content, out, stateFile };
}

it("renders only the changed pages on an incremental build and ends with the same files as a clean build", async () => {
  const { work, content, out, stateFile } = await builtFixtureCopy("incremental");

  // Add an article, change one and delete another.
  await writeFile(path.join(content, "articles/2025/03/0123456789ab.md"), newArticle);
  const changed = path.join(content, "articles/2019/10/4d5e6f708192.md");
  await writeFile(
    changed,
    (await readFile(changed, "utf8")).replace("افتتح معرض الكتاب", "افتتح معرض الكتاب الدولي"),
  );
  await rm(path.join(content, "articles/2019/06/708192a3b4c5.md"));

  const log = await build(content, out, stateFile, true);
  const match = /incremental: rendering (\d+) of (\d+) paginated pages, removing (\d+)/.exec(log);
  expect(match, log).not.toBeNull();
  const [rendered, total, removed] = match!.slice(1).map(Number) as [number, number, number];
  expect(rendered).toBeLessThan(total / 2);
  expect(removed).toBeGreaterThanOrEqual(1);

  const clean = path.join(work, "clean");
  await build(content, clean, path.join(work, "clean.json"), false);
  const [incrementalFiles, cleanFiles] = await Promise.all([snapshot(out), snapshot(clean)]);
  expect([...incrementalFiles.keys()]).toEqual([...cleanFiles.keys()]);
  for (const [file, bytes] of cleanFiles) expect(incrementalFiles.get(file), file).toBe(bytes);
  expect(incrementalFiles.has("articles/2019/06/708192a3b4c5/index.html")).toBe(false);
  expect(
    Buffer.from(
      incrementalFiles.get("articles/2019/10/4d5e6f708192/index.html")!,
      "base64",
    ).toString(),
  ).toContain("افتتح معرض الكتاب الدولي");
  await rm(work, { recursive: true, force: true });
});

it("removes the pages of a deleted article on a full rebuild into the same folder, like a clean build", async () => {
  const { work, content, out, stateFile } = await builtFixtureCopy("rebuilt");
  const gone = "articles/2019/06/708192a3b4c5/index.html";
  expect((await snapshot(out)).has(gone)).toBe(true);

  // Deleted (or made invalid by a hand edit): open data drops its JSON, so a page left behind
  // would link to a file that no longer exists.
  await rm(path.join(content, "articles/2019/06/708192a3b4c5.md"));
  await build(content, out, stateFile, false);

  const clean = path.join(work, "clean");
  await build(content, clean, path.join(work, "clean.json"), false);
  const [rebuiltFiles, cleanFiles] = await Promise.all([snapshot(out), snapshot(clean)]);
  expect(rebuiltFiles.has(gone)).toBe(false);
  expect([...rebuiltFiles.keys()]).toEqual([...cleanFiles.keys()]);
  await rm(work, { recursive: true, force: true });
});
