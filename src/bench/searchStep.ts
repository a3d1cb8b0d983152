import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { BenchContext, BenchStep } from "./benchStep.ts";
import { countWrittenFiles } from "./countWrittenFiles.ts";
import type { SearchDownloads } from "./measureSearchDownloads.ts";

const site = (context: BenchContext): string => join(context.workDir, "site");

function buildArgs(context: BenchContext, ...flags: string[]): string[] {
  return [
    join(context.repoRoot, "scripts", "news-archive.js"),
    "build",
    "--content",
    context.contentDir,
    "--out",
    site(context),
    "--state-file",
    join(context.workDir, "build-state.json"),
    ...flags,
  ];
}

/** Runs the search page of the built site in Chromium (a child process: the step API is synchronous). */
function measureDownloads(context: BenchContext): SearchDownloads {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", join(context.repoRoot, "scripts", "measure-search.ts"), site(context)],
    { cwd: context.repoRoot, encoding: "utf8", timeout: 300_000 },
  );
  if (result.status !== 0) throw new Error(`measure-search failed: ${result.stderr.slice(-300)}`);
  return JSON.parse(result.stdout) as SearchDownloads;
}

/**
 * Search indexing on its own: the sharded Pagefind index of the built site, from scratch
 * (`news-archive build --search-only`), then the index size and what the search page downloads
 * in headless Chromium for a first and a second, different query.
 */
export const searchStep: BenchStep = {
  name: "search",
  kind: "index",
  needsArticles: true,
  prepare: (context) => {
    if (!context.siteBuilt || !existsSync(join(site(context), "index.html"))) {
      const build = spawnSync(process.execPath, buildArgs(context, "--no-search"), {
        cwd: context.repoRoot,
        encoding: "utf8",
      });
      if (build.status !== 0) throw new Error(`the site build failed: ${build.stderr.slice(-300)}`);
      context.siteBuilt = true;
    }
    rmSync(join(site(context), "pagefind"), { recursive: true, force: true });
  },
  command: (context) => ({
    command: process.execPath,
    args: buildArgs(context, "--search-only"),
    cwd: context.repoRoot,
    outputDirs: [join(site(context), "pagefind"), join(site(context), "search")],
  }),
  extraFigures: (context) => {
    const index = countWrittenFiles([join(site(context), "pagefind")], 0);
    const { coldFirst, firstFromSite, second } = measureDownloads(context);
    return {
      "index MB": index.totalBytes / 1e6,
      "index files": index.totalFiles,
      "first query kB (cold cache)": coldFirst.totalBytes / 1000,
      "of which search kB": coldFirst.searchBytes / 1000,
      "first query from the home page kB": firstFromSite.totalBytes / 1000,
      "second query kB": second.totalBytes / 1000,
      "first query results": firstFromSite.results,
      "second query results": second.results,
    };
  },
  pages: (context) => context.articles ?? 0,
};
