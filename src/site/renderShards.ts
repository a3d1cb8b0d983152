import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { RenderShard } from "./buildSettings.ts";
import { renderShardVariable, soloLimitVariable, stateOutVariable } from "./buildSettings.ts";
import type { RenderPlanMessage } from "./archiveDataPlugin.ts";
import type { EleventyConfig } from "./eleventyConfig.ts";

/** Environment variable that fixes the number of render processes (1 renders in-process). */
export const renderShardsVariable = "NEWS_ARCHIVE_RENDER_SHARDS";
/** Environment variable carrying a shard's build options (JSON) to renderShardMain.ts. */
export const shardJobVariable = "NEWS_ARCHIVE_SHARD_JOB";

// Below this many articles one process is quicker: each extra Eleventy costs a second or two.
const MIN_ARTICLES_TO_SHARD = 5_000;
// Articles one Eleventy process renders in well under 4 GB (about 1.1 GB peak at 20k here).
const MAX_ARTICLES_PER_SHARD = 25_000;

/** Counts the Markdown files under `<content>/articles` without reading them. */
export function countArticleFiles(contentDir: string): number {
  try {
    const entries = readdirSync(path.join(contentDir, "articles"), { recursive: true });
    return entries.filter((entry) => String(entry).endsWith(".md")).length;
  } catch {
    return 0;
  }
}

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

/** In a shard other than the first, leaves every template but the article page out of the build. */
export function renderShardPlugin(eleventyConfig: EleventyConfig, shard: RenderShard): void {
  if (shard.index === 0) return;
  eleventyConfig.addPreprocessor("render-shard", "njk", (data) =>
    path.basename(data.page.inputPath) === "article.njk" ? undefined : false,
  );
}

/** A started render shard: its exit code, and what shard 0 said about the render plan. */
interface RunningShard {
  exit: Promise<number>;
  plan: Promise<RenderPlanMessage["renderPlan"] | undefined>;
}

/** Some render shards failed; each printed its own one-line reason. */
export class RenderShardsError extends Error {}

/** Pages shard 0 renders alone in an incremental build (the env var overrides it, for tests). */
function soloLimit(): number {
  const fixed = Number(process.env[soloLimitVariable]);
  return fixed > 0 ? fixed : MAX_ARTICLES_PER_SHARD;
}

/**
 * Renders the site in `count` child processes, up to one per core at a time, each its own Eleventy over a share of the
 * pages (see shardPages). Shard 0 writes the build state to a side file that is promoted only
 * when every shard succeeded, so a failed shard's pages are rendered again next time. In an
 * incremental build shard 0 starts first and, when few pages changed, renders them all alone.
 */
export async function runRenderShards(
  count: number,
  job: { incremental?: boolean | undefined; stateFile?: string | undefined },
  projectRoot: string,
  cores: number = availableParallelism(),
): Promise<void> {
  const entry = new URL("./renderShardMain.ts", import.meta.url).href;
  // The CLI runs through tsx, which a child process does not inherit: register it first.
  const bootstrap = `import { register } from "tsx/esm/api"; register(); await import(${JSON.stringify(entry)});`;
  const stateFile = job.stateFile;
  const stateOut = stateFile ? `${stateFile}.${process.pid}.next` : undefined;
  // An incremental build asks shard 0 first whether it renders the few changed pages alone.
  const askFirst = job.incremental === true && count > 1 && stateFile !== undefined;
  const runShard = (index: number): RunningShard => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      [renderShardVariable]: `${index}/${count}`,
      [shardJobVariable]: JSON.stringify(job),
    };
    if (index === 0 && stateOut) env[stateOutVariable] = stateOut;
    else delete env[stateOutVariable];
    if (index === 0 && askFirst) env[soloLimitVariable] = String(soloLimit());
    else delete env[soloLimitVariable];
    const child = spawn(process.execPath, ["--input-type=module", "-e", bootstrap], {
      cwd: projectRoot,
      env,
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const exit = new Promise<number>((resolveExit) => {
      child.on("error", () => resolveExit(1));
      child.on("exit", (code, signal) => resolveExit(signal ? 1 : (code ?? 1)));
    });
    const plan = new Promise<RenderPlanMessage["renderPlan"] | undefined>((resolvePlan) => {
      child.on("message", (message: Partial<RenderPlanMessage>) => {
        resolvePlan(message.renderPlan);
        // Shard 0 says one thing only: close the channel rather than leave it open until exit.
        child.disconnect();
      });
      void exit.then(() => resolvePlan(undefined));
    });
    return { exit, plan };
  };
  // At most one shard per core at a time: more would only add up their memory.
  const results: number[] = [];
  let next = 0;
  const lane = async (running?: RunningShard): Promise<void> => {
    if (running) results[0] = await running.exit;
    while (next < count) {
      const index = next++;
      results[index] = await runShard(index).exit;
    }
  };
  const lanes = Math.min(count, Math.max(1, cores));
  if (askFirst) {
    next = 1;
    const first = runShard(0);
    if ((await first.plan) === "solo") results[0] = await first.exit;
    else await Promise.all([lane(first), ...Array.from({ length: lanes - 1 }, () => lane())]);
  } else {
    await Promise.all(Array.from({ length: lanes }, () => lane()));
  }
  const failed = results.flatMap((code, index) => (code === 0 ? [] : [index]));
  if (failed.length > 0) {
    if (stateOut) await rm(stateOut, { force: true });
    throw new RenderShardsError(
      `render shard(s) ${failed.join(", ")} of ${count} failed (see the line(s) above); the next build renders their pages again.`,
    );
  }
  if (stateFile && stateOut) await rename(stateOut, stateFile);
}
