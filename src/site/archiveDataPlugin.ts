import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildArchiveModel, restrictPages, shardPages, type ArchiveModel } from "./archiveModel.ts";
import type { RenderShard } from "./buildSettings.ts";
import {
  buildFingerprint,
  frontMatterCacheFile,
  outputExists,
  readBuildState,
  removeOutputs,
  writeBuildState,
  type BuildState,
} from "./buildState.ts";
import type { EleventyConfig } from "./eleventyConfig.ts";
import { loadArchive, type LoadProblem } from "./loadArchive.ts";
import { pageSignatures } from "./pageSignatures.ts";
import { planRender } from "./planRender.ts";
import type { SiteConfig } from "./siteConfig.ts";
import { readStoryAssignments } from "../stories/storyAssignments.ts";

/** Options of the archive data plugin. */
export interface ArchiveDataOptions {
  /** Folder with `articles/` and `headlines/`. */
  contentDir: string;
  config: SiteConfig;
  /** Where page signatures are kept between builds; without it every page is rendered and nothing is remembered. */
  stateFile?: string | undefined;
  /** Render only pages whose signature changed since the build recorded in `stateFile`. */
  incremental?: boolean;
  /** Render one share of the pages (see shardPages); only shard 0 records the build state. */
  shard?: RenderShard | undefined;
  /** Where the build state is written (default `stateFile`): a sharded build promotes it once every shard succeeded. */
  stateOut?: string | undefined;
  /** See BuildSettings.soloLimit (shard 0 of an incremental build only). */
  soloLimit?: number | undefined;
  /** Receives notes and skipped files; defaults to stderr. */
  log?: (line: string) => void;
}

/** What shard 0 of an incremental build tells its parent once it knows what must be rendered. */
export interface RenderPlanMessage {
  renderPlan: "solo" | "shared";
}

/** Tells the parent (over the IPC channel renderShards.ts opens) whether shard 0 renders alone. */
function reportRenderPlan(renderPlan: RenderPlanMessage["renderPlan"]): void {
  process.send?.({ renderPlan } satisfies RenderPlanMessage);
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function describeProblems(problems: readonly LoadProblem[]): string[] {
  return problems.map(({ file, message }) => `skipped ${file}: ${message}`);
}

/**
 * Loads the content folder once per build and exposes the archive model as the global `archive`
 * data; templates only loop over it. With a state file it records each page's signature, and in
 * incremental mode hands templates only the pages that changed (and deletes vanished ones).
 */
export function archiveDataPlugin(
  eleventyConfig: EleventyConfig,
  options: ArchiveDataOptions,
): void {
  const log =
    options.log ?? ((line: string) => process.stderr.write(`news-archive build: ${line}\n`));
  let model: Promise<ArchiveModel> | undefined;
  let outDir = "";
  let pending: { state: BuildState; removed: string[] } | undefined;

  const shard = options.shard;
  const ownShare = (model: ArchiveModel): ArchiveModel =>
    shard ? shardPages(model, shard.index, shard.count) : model;
  const firstShard = (shard?.index ?? 0) === 0;
  // Only shard 0 of a sharded incremental build is asked (its parent set soloLimit).
  const soloLimit = shard && firstShard && options.incremental ? options.soloLimit : undefined;

  async function load(): Promise<ArchiveModel> {
    // The front-matter cache lives beside the build state: both describe the last build.
    const cacheFile = frontMatterCacheFile(options.stateFile);
    const loaded = await loadArchive(options.contentDir, { cacheFile });
    describeProblems(loaded.problems).forEach(log);
    const stories = readStoryAssignments(options.contentDir, log);
    const full = buildArchiveModel({ ...loaded, stories }, options.config);
    // Signatures serve the plan and the recorded state: a later shard of a full build needs neither.
    if (!options.stateFile || (!firstShard && !options.incremental)) return ownShare(full);
    const signatures = pageSignatures(full, buildFingerprint(projectRoot, options.config));
    const files = full.sitemap.files.map((file) => file.path);
    const previous = options.incremental ? await readBuildState(options.stateFile) : undefined;
    const plan = planRender(
      previous ? new Map(Object.entries(previous.pages)) : undefined,
      signatures,
      (href) => outputExists(outDir, href),
    );
    const removedFiles = previous ? previous.files.filter((file) => !files.includes(file)) : [];
    const removed = [...plan.removed, ...removedFiles];
    // One shard records the state and removes vanished pages for all of them.
    if (firstShard) {
      pending = { state: { version: 1, pages: Object.fromEntries(signatures), files }, removed };
    }
    if (!previous) {
      if (soloLimit !== undefined) reportRenderPlan("shared");
      return ownShare(full);
    }
    // Few pages to render: one process does it, and the parent starts no other Eleventy (each
    // would load the whole archive only to render its few pages).
    const solo = soloLimit !== undefined && plan.render.size <= soloLimit;
    if (soloLimit !== undefined) reportRenderPlan(solo ? "solo" : "shared");
    if (firstShard)
      log(
        `incremental: rendering ${plan.render.size} of ${signatures.size} paginated pages, removing ${removed.length}${solo ? ", in one process" : ""}`,
      );
    const changed = restrictPages(full, plan.render);
    return solo ? changed : ownShare(changed);
  }

  // A watch rebuild must see new content, so the cached model is dropped before every build.
  eleventyConfig.on("eleventy.before", ({ directories }) => {
    model = undefined;
    outDir = directories.output;
  });
  eleventyConfig.addGlobalData("archive", () => (model ??= load()));
  eleventyConfig.on("eleventy.after", async () => {
    if (!pending || !options.stateFile) return;
    await removeOutputs(outDir, pending.removed);
    await writeBuildState(options.stateOut ?? options.stateFile, pending.state);
    pending = undefined;
  });
  eleventyConfig.addWatchTarget(options.contentDir);
}
