import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { serialize } from "node:v8";
import { pageKindsOnlyFor, type ArchiveModel } from "../site/archiveModel.ts";
import { jobPages } from "./jobPages.ts";
import type { RenderJob } from "./renderJob.ts";
import { projectRoot, runEleventy } from "./runEleventy.ts";

// Below this many articles one process is quicker: each extra Eleventy costs a second or two.
const MIN_ARTICLES_TO_SHARD = 5_000;
/** Articles one Eleventy process renders in well under 4 GB (about 1.1 GB peak at 20k here). */
export const MAX_ARTICLES_PER_SHARD = 25_000;

/** Some render shards failed; each printed its own one-line reason. */
export class RenderShardsError extends Error {}

/**
 * How many processes render the site: one per core for a big full build (wall time), and enough
 * that none draws more than MAX_ARTICLES_PER_SHARD article pages (memory). An incremental build
 * renders few pages, so only the memory bound applies to it.
 */
export function chooseRenderShards(
  articles: number,
  incremental: boolean,
  cores: number = availableParallelism(),
): number {
  if (articles < MIN_ARTICLES_TO_SHARD) return 1;
  const forMemory = Math.ceil(articles / MAX_ARTICLES_PER_SHARD);
  return incremental ? forMemory : Math.max(forMemory, Math.min(cores, 4));
}

/** What a render process tells its parent while it runs: the files it has rendered so far. */
export interface RenderProgressMessage {
  pages: number;
}

/** Runs one render process on a job file; resolves to its exit code. */
function runShard(jobFile: string, onPages: (pages: number) => void): Promise<number> {
  const entry = new URL("./renderShardMain.ts", import.meta.url).href;
  // The CLI runs through tsx, which a child process does not inherit: register it first.
  const bootstrap = `import { register } from "tsx/esm/api"; register(); await import(${JSON.stringify(entry)});`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", bootstrap, jobFile], {
    cwd: projectRoot,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  child.on("message", (message: RenderProgressMessage) => onPages(message.pages));
  return new Promise<number>((resolveExit) => {
    child.on("error", () => resolveExit(1));
    child.on("exit", (code, signal) => resolveExit(signal ? 1 : (code ?? 1)));
  });
}

/**
 * Whether this process renders the first shard itself instead of idling while a child does: it
 * holds the model already, so that saves one process's start, module loading and model copy.
 * Only for an archive small enough that the model and one shard's pages fit beside each other.
 */
export function rendersFirstShardHere(model: ArchiveModel | undefined): boolean {
  return model !== undefined && model.articles.length <= MAX_ARTICLES_PER_SHARD;
}

/** Renders one shard of `job` in this process, from the model it already holds. */
async function renderHere(
  model: ArchiveModel,
  job: RenderJob,
  shard: { index: number; count: number },
  onPage: () => void,
): Promise<void> {
  const pages = jobPages(model, { ...job, shard });
  await runEleventy({
    config: job.config,
    outDir: job.outDir,
    quiet: job.quiet,
    debug: job.debug,
    onPage,
    pageKindsOnly: pageKindsOnlyFor(job.scope ?? { kind: "site" }, shard.index),
    loadArchive: async () => pages,
  });
}

/**
 * Renders the site in `count` shards, up to one per core at a time, each its own Eleventy over a
 * share of the pages (see shardPages): the first in this process when the archive is small
 * enough (see rendersFirstShardHere), the others in child processes, each with one job file:
 * `job` with its shard. Throws when a shard failed, so that its parent records no build state.
 */
export async function runRenderShards(
  count: number,
  job: RenderJob,
  options: {
    /** The parent's model, handed to every process so that none loads the content again. */
    model?: ArchiveModel | undefined;
    /** Called with the files rendered so far by all processes together. */
    onPages?: (pages: number) => void;
    cores?: number;
  } = {},
): Promise<void> {
  const { onPages = () => {}, cores = availableParallelism() } = options;
  let model = options.model;
  delete options.model;
  const pagesOf: number[] = Array.from({ length: count }, () => 0);
  const progress = (index: number, pages: number): void => {
    pagesOf[index] = pages;
    onPages(pagesOf.reduce((sum, n) => sum + n, 0));
  };
  // The first shard's pages, drawn before the model is let go, when this process renders them.
  const here = rendersFirstShardHere(model) ? model : undefined;
  const jobDir = await mkdtemp(path.join(tmpdir(), "news-archive-render-"));
  try {
    if (model && (!here || count > 1)) {
      // A structured clone keeps every field as the templates see it, and reads back far faster
      // than a reload of the content; this process lets go of the model once it is written
      // (but for the first shard's pages, when it renders them).
      const modelFile = path.join(jobDir, "model.v8");
      await writeFile(modelFile, serialize(model));
      model = undefined;
      job = { ...job, modelFile };
    }
    const jobFiles = await Promise.all(
      Array.from({ length: count }, async (_, index) => {
        if (index === 0 && here) return "";
        const file = path.join(jobDir, `shard-${index}.json`);
        await writeFile(
          file,
          JSON.stringify({ ...job, shard: { index, count } } satisfies RenderJob),
        );
        return file;
      }),
    );
    // At most one shard per core at a time: more would only add up their memory. This process,
    // when it renders the first shard, takes one core from the start.
    const results: number[] = [];
    let next = here ? 1 : 0;
    const lane = async (): Promise<void> => {
      while (next < count) {
        const index = next++;
        results[index] = await runShard(jobFiles[index]!, (pages) => progress(index, pages));
      }
    };
    const lanes = Math.max(1, Math.min(count - next, cores - (here ? 1 : 0)));
    const children = Promise.all(Array.from({ length: lanes }, lane));
    if (here) {
      let pages = 0;
      // A failure here is the build's own one-line error, reported once the children are done.
      const renderedHere = await renderHere(here, job, { index: 0, count }, () =>
        progress(0, ++pages),
      ).catch((error: unknown) => error ?? new Error("render failed"));
      await children;
      if (renderedHere !== undefined) throw renderedHere;
      results[0] = 0;
    } else await children;
    const failed = results.flatMap((code, index) => (code === 0 ? [] : [index]));
    if (failed.length > 0)
      throw new RenderShardsError(
        `render shard(s) ${failed.join(", ")} of ${count} failed (see the line(s) above); the next build renders their pages again.`,
      );
  } finally {
    await rm(jobDir, { recursive: true, force: true });
  }
}
