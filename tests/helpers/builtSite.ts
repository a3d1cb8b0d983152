import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** The small fixture archive the site and e2e tests build. */
export const fixtureContentDir = join(repoRoot, "tests/fixtures/site/content");

/** One extra article for {@link fixtureContentWith}: its text goes into the file as given. */
export interface ExtraArticle {
  /** 12 hex digits. */
  id: string;
  /** `YYYY-MM-DD`. */
  date: string;
  title: string;
  excerpt: string;
  body: string;
}

/**
 * A temporary copy of the fixture archive with one more article written by hand. Title and
 * excerpt are written as JSON strings (also valid YAML), so they can carry any character.
 */
export function fixtureContentWith(article: ExtraArticle): string {
  const dir = mkdtempSync(join(tmpdir(), "news-archive-content-"));
  cpSync(fixtureContentDir, dir, { recursive: true });
  const [year, month] = article.date.split("-");
  const folder = join(dir, "articles", year ?? "", month ?? "");
  mkdirSync(folder, { recursive: true });
  const frontMatter = [
    `id: ${article.id}`,
    `title: ${JSON.stringify(article.title)}`,
    `source: "الحياة"`,
    `date: '${article.date}'`,
    "aggregator: sauress.com",
    "paper: alhayat",
    `scrapedFrom: pages/${article.id}.txt`,
    "scrapedAt: '2025-03-07T10:00:00.000Z'",
    "lang: ar",
    `excerpt: ${JSON.stringify(article.excerpt)}`,
    `words: ${article.body.split(/\s+/).length}`,
  ];
  writeFileSync(
    join(folder, `${article.id}.md`),
    `---\n${frontMatter.join("\n")}\n---\n${article.body}\n`,
  );
  return dir;
}

/** Ingests the bundled sample (content/raw + its manifest) into a temporary content folder. */
export function ingestSampleForTest(): { ok: true; dir: string } | { ok: false; reason: string } {
  const dir = mkdtempSync(join(tmpdir(), "news-archive-content-"));
  const args = [
    "scripts/news-archive.js",
    "ingest",
    "--input",
    join(repoRoot, "content/raw"),
    "--content",
    dir,
    "--manifest",
    join(repoRoot, "content/manifest.jsonl"),
  ];
  const result = spawnSync(process.execPath, args, {
    cwd: repoRoot,
    encoding: "utf8",
    timeout: 280_000,
  });
  if (result.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return {
      ok: false,
      reason: `news-archive ingest exited ${result.status}: ${(result.stderr || result.stdout).slice(0, 500)}`,
    };
  }
  return { ok: true, dir };
}

/** A site built into a temporary folder, or why it could not be built. */
export type BuiltSite = { ok: true; dir: string; remove(): void } | { ok: false; reason: string };

/** Copies a content folder without its `.state/` (caches and stories of earlier builds). */
export function copyContentWithoutState(from: string, to: string): void {
  cpSync(from, to, {
    recursive: true,
    filter: (source) => !source.slice(from.length).split(/[\\/]/).includes(".state"),
  });
}

/**
 * Runs `news-archive build` on a copy of a content folder into a fresh temporary folder, so that
 * no build writes its `.state/` (stories, caches) into a shared fixture. Returns a failure
 * (instead of throwing) so that tests can say clearly that the site command is not ready.
 */
export function buildSiteForTest(
  options: { contentDir?: string; pathPrefix?: string } = {},
): BuiltSite {
  const dir = mkdtempSync(join(tmpdir(), "news-archive-site-"));
  const contentCopy = `${dir}.content`;
  copyContentWithoutState(options.contentDir ?? fixtureContentDir, contentCopy);
  const args = [
    "scripts/news-archive.js",
    "build",
    "--content",
    contentCopy,
    "--out",
    dir,
    "--state-file",
    `${dir}.state.json`,
  ];
  if (options.pathPrefix !== undefined) args.push("--path-prefix", options.pathPrefix);
  const result = spawnSync(process.execPath, args, {
    cwd: repoRoot,
    encoding: "utf8",
    timeout: 280_000,
  });
  if (result.status !== 0 || !existsSync(join(dir, "index.html"))) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(contentCopy, { recursive: true, force: true });
    return {
      ok: false,
      reason: `news-archive build exited ${result.status}: ${(result.stderr || result.stdout).slice(0, 500)}`,
    };
  }
  return {
    ok: true,
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(contentCopy, { recursive: true, force: true });
      rmSync(`${dir}.state.json`, { force: true });
      rmSync(`${dir}.state.frontmatter.json`, { force: true });
    },
  };
}
