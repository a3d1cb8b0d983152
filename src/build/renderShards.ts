import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { serialize } from "node:v8";
import type { ArchiveModel } from "../site/archiveModel.ts";
import type { RenderJob } from "./renderJob.ts";
import { projectRoot } from "./runEleventy.ts";

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
 * Renders the site in `count` child processes, up to one per core at a time, each its own
 * Eleventy over a share of the pages (see shardPages). Each gets one job file: `job` with its
 * shard. Throws when a shard failed, so that its parent records no build state.
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
  const jobDir = await mkdtemp(path.join(tmpdir(), "news-archive-render-"));
  try {
    if (model) {
      // A structured clone keeps every field as the templates see it, and reads back far faster
      // than a reload of the content; this process lets go of the model once it is written.
      const modelFile = path.join(jobDir, "model.v8");
      await writeFile(modelFile, serialize(model));
      model = undefined;
      job = { ...job, modelFile };
    }
    const jobFiles = await Promise.all(
      Array.from({ length: count }, async (_, index) => {
        const file = path.join(jobDir, `shard-${index}.json`);
        await writeFile(
          file,
          JSON.stringify({ ...job, shard: { index, count } } satisfies RenderJob),
        );
        return file;
      }),
    );
    // At most one shard per core at a time: more would only add up their memory.
    const results: number[] = [];
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < count) {
        const index = next++;
        results[index] = await runShard(jobFiles[index]!, (pages) => {
          pagesOf[index] = pages;
          onPages(pagesOf.reduce((sum, n) => sum + n, 0));
        });
      }
    };
    await Promise.all(Array.from({ length: Math.min(count, Math.max(1, cores)) }, lane));
    const failed = results.flatMap((code, index) => (code === 0 ? [] : [index]));
    if (failed.length > 0)
      throw new RenderShardsError(
        `render shard(s) ${failed.join(", ")} of ${count} failed (see the line(s) above); the next build renders their pages again.`,
      );
  } finally {
    await rm(jobDir, { recursive: true, force: true });
  }
}
