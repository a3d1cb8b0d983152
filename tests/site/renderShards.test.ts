import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { chooseRenderShards, rendersFirstShardHere } from "../../src/build/renderShards.ts";
import type { ArchiveModel } from "../../src/site/archiveModel.ts";
import { fixtureContent, snapshot } from "./renderFixtureSite.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

async function build(
  content: string,
  out: string,
  shards: number,
  incremental = false,
  extraFlags: string[] = [],
) {
  const args = ["scripts/news-archive.js", "build", "--no-search", "--content", content];
  args.push("--out", out, "--state-file", `${out}.state.json`);
  args.push("--site-config", JSON.stringify({ itemsPerPage: 2, headlinesPerPage: 2 }));
  args.push("--render-processes", String(shards), ...extraFlags);
  if (incremental) args.push("--incremental");
  const { stdout, stderr } = await promisify(execFile)(process.execPath, args, { cwd: root });
  // The render phase's line ends with ", <n> processes" when render processes ran.
  return `${stdout}${stderr}`;
}

function expectSameFiles(actual: Map<string, string>, expected: Map<string, string>): void {
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [file, bytes] of expected) expect(actual.get(file), file).toBe(bytes);
}

describe("chooseRenderShards", () => {
  it("renders a small archive in one process and a big one in one process per core", () => {
    expect(chooseRenderShards(3_000, false, 2)).toBe(1);
    expect(chooseRenderShards(10_000, false, 2)).toBe(2);
  });

  it("keeps every process under 25,000 article pages, also when building incrementally", () => {
    expect(chooseRenderShards(100_000, false, 2)).toBe(4);
    expect(chooseRenderShards(100_000, true, 2)).toBe(4);
    expect(chooseRenderShards(20_000, true, 2)).toBe(1);
  });
});

describe("rendersFirstShardHere", () => {
  const archiveOf = (articles: number) => ({ articles: { length: articles } }) as ArchiveModel;

  it("renders the first shard in the build's own process up to 25,000 articles, never without the model", () => {
    expect(rendersFirstShardHere(archiveOf(20_000))).toBe(true);
    expect(rendersFirstShardHere(archiveOf(25_000))).toBe(true);
    expect(rendersFirstShardHere(archiveOf(25_001))).toBe(false);
    expect(rendersFirstShardHere(undefined)).toBe(false);
  });
});

it("writes the same files in three render processes as in one, also on an incremental rebuild", async () => {
  const work = await mkdtemp(path.join(tmpdir(), "site-shards-"));
  const content = path.join(work, "content");
  await cp(fixtureContent, content, { recursive: true });
  await Promise.all([
    build(content, path.join(work, "one"), 1),
    build(content, path.join(work, "three"), 3),
  ]);
  expectSameFiles(await snapshot(path.join(work, "three")), await snapshot(path.join(work, "one")));

  // A changed article: the sharded incremental build must end where a clean build does.
  const changed = path.join(content, "articles/2019/10/4d5e6f708192.md");
  await writeFile(
    changed,
    (await readFile(changed, "utf8")).replace("افتتح معرض الكتاب", "افتتح معرض الكتاب الدولي"),
  );
  // A few changed pages: shard 0 renders them alone and the other two never start.
  const log = await build(content, path.join(work, "three"), 3, true);
  expect(log).toMatch(
    /incremental: rendering \d+ of \d+ paginated pages, removing 0, in one process/,
  );
  expect(log).toMatch(/render: \d+ files in \d+\.\d s\n/);
  await build(content, path.join(work, "clean"), 1);
  const sharded = await snapshot(path.join(work, "three"));
  expectSameFiles(sharded, await snapshot(path.join(work, "clean")));
  expect(
    Buffer.from(sharded.get("articles/2019/10/4d5e6f708192/index.html")!, "base64").toString(),
  ).toContain("افتتح معرض الكتاب الدولي");

  // More changed pages than one process may take: every shard renders its share again.
  await writeFile(
    changed,
    (await readFile(changed, "utf8")).replace(
      "افتتح معرض الكتاب الدولي",
      "افتتح معرض الكتاب السنوي",
    ),
  );
  const sharedLog = await build(content, path.join(work, "three"), 3, true, ["--solo-limit", "1"]);
  expect(sharedLog).toMatch(/incremental: rendering \d+ of \d+ paginated pages, removing 0\n/);
  expect(sharedLog).toMatch(/render: \d+ files in \d+\.\d s, 3 processes\n/);
  await build(content, path.join(work, "clean"), 1);
  expectSameFiles(
    await snapshot(path.join(work, "three")),
    await snapshot(path.join(work, "clean")),
  );
  await rm(work, { recursive: true, force: true });
}, 300_000);
