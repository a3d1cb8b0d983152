import path from "node:path";
import { pageKindsOnlyFor, type ArchiveModel, type SiteScope } from "../site/archiveModel.ts";
import {
  defaultStateFile,
  markBuildFinished,
  markBuildStarted,
  readUnfinishedBuild,
  removeOutputs,
  writeBuildState,
} from "../site/buildState.ts";
import { recordPageOutputs } from "../site/pageOutputs.ts";
import { resolveSiteConfig, type SiteConfig } from "../site/siteConfig.ts";
import {
  frontMatterCacheFile,
  loadArchiveLogged,
  loadArchiveModel,
  planSiteRender,
  type LoadedContent,
  type SiteRenderPlan,
} from "./planSiteRender.ts";
import { buildArchiveModel } from "../site/archiveModel.ts";
import { jobPages } from "./jobPages.ts";
import type { RenderJob } from "./renderJob.ts";
import { chooseRenderShards, MAX_ARTICLES_PER_SHARD, runRenderShards } from "./renderShards.ts";
import { projectRoot, runEleventy } from "./runEleventy.ts";
import { lineProgress, secondsSince, type BuildProgress } from "./buildProgress.ts";
import { buildStories } from "../stories/buildStories.ts";

export { projectRoot };

/** Options of one site build. */
export interface BuildSiteOptions {
  /** Folder with `articles/` and `headlines/` (the ingest output). */
  contentDir: string;
  /** Output folder. */
  outDir: string;
  /** Overrides the site config's path prefix, e.g. `/archive/`. */
  pathPrefix?: string;
  /** Keep serving with live reload after the first build (Eleventy's dev server). */
  serve?: boolean;
  port?: number;
  /** Show Eleventy's own output (its summary and benchmark warnings). @default false */
  verbose?: boolean;
  /** Let Eleventy print its own error report with stack traces (the CLI's `--debug`). */
  debug?: boolean;
  /** Site config values to override for this run (tests, benchmarks). */
  siteOverrides?: Partial<SiteConfig>;
  /** Re-render only pages whose inputs changed since the last build into the same folder. */
  incremental?: boolean;
  /** Where page signatures are kept; defaults to `<content>/.state/site-build/<hash of outDir>.json`. */
  stateFile?: string;
  /** Processes that render the site together (1: in this process); default: chosen by chooseRenderShards. */
  renderShards?: number;
  /**
   * An incremental build of at most this many pages renders in this process even when
   * `renderShards` > 1 (each extra Eleventy loads the whole archive for its few pages).
   * @default 25000
   */
  soloLimit?: number;
  /** What of the site to render: all of it (default), one part, or what the parts left out. */
  scope?: SiteScope;
  /** Phases, notes and skipped files; defaults to one line each on stderr. */
  progress?: BuildProgress;
}

/** The site config of one build: the edited config, this run's overrides, then the CLI prefix. */
export function siteConfigOf(
  options: Pick<BuildSiteOptions, "siteOverrides" | "pathPrefix">,
): SiteConfig {
  return resolveSiteConfig({
    ...options.siteOverrides,
    ...(options.pathPrefix !== undefined ? { pathPrefix: options.pathPrefix } : {}),
  });
}

/**
 * Plans the render of a loaded model and, when at most `soloLimit` pages are to be rendered,
 * the pages this process renders itself (a render process would load the archive again).
 */
async function planPages(
  model: ArchiveModel,
  options: Parameters<typeof planSiteRender>[1],
  soloLimit: number,
): Promise<SiteRenderPlan & { pages: ArchiveModel | undefined }> {
  const plan = await planSiteRender(model, options);
  const count = plan.render?.size ?? plan.total;
  const pages =
    count <= soloLimit
      ? jobPages(model, { scope: options.scope, render: plan.render && [...plan.render] })
      : undefined;
  return { ...plan, pages };
}

/** What a build rendered: its pages and the archive's fingerprint (see SiteRenderPlan). */
export interface SiteBuildReport {
  pages: number;
  fingerprint: string;
  /** The content it loaded, for the phases after it (open data, search): none loads it again. */
  content: LoadedContent;
  /** The full archive model, when this process still holds it (render processes got a copy). */
  model: ArchiveModel | undefined;
}

/**
 * Builds the site: loads the archive, plans which pages to render (all, or in an incremental
 * build those whose signature changed), renders them with Eleventy in this process or in render
 * shards, then removes vanished pages and records the build state. `--serve` renders in this
 * process and reloads the archive on every watch rebuild.
 */
export async function buildSite(options: BuildSiteOptions): Promise<SiteBuildReport | undefined> {
  const progress =
    options.progress ??
    lineProgress((line) => process.stderr.write(`news-archive build: ${line}\n`));
  const log = (line: string) => progress.note(line);
  const config = siteConfigOf(options);
  const contentDir = path.resolve(options.contentDir);
  const outDir = path.resolve(options.outDir);
  const debug = options.debug ?? false;
  // Eleventy's own report under --debug needs its logger.
  const quiet = !options.verbose && !debug;
  if (options.serve) {
    // Watch mode relies on Eleventy's own rebuilds: no signatures, no state.
    await runEleventy({
      config,
      outDir,
      quiet,
      serve: true,
      port: options.port,
      loadArchive: () => loadArchiveModel(contentDir, config, undefined, log),
      watchDir: contentDir,
    });
    return undefined;
  }
  const stateFile = path.resolve(options.stateFile ?? defaultStateFile(contentDir, outDir));
  const cacheFile = frontMatterCacheFile(stateFile);
  const incremental = options.incremental ?? false;
  const scope = options.scope ?? { kind: "site" };
  // The front matter is read once per build (through its cache) and handed to every phase.
  let started = performance.now();
  progress.start("load");
  const archive = await loadArchiveLogged(contentDir, cacheFile, log);
  progress.end(
    `load: ${archive.articles.length} articles and ${archive.headlines.length} headlines in ${secondsSince(started)}`,
  );
  // The loaded articles, not a second listing of the folder, size the render.
  const articles = archive.articles.length / (scope.kind === "part" ? scope.count : 1);
  // Joined parts render only lists (each article is listed on about three, itemsPerPage a page):
  // as many processes as keep each to MAX_ARTICLES_PER_SHARD pages, one for most archives.
  const shards =
    options.renderShards ??
    (scope.kind === "joined"
      ? Math.max(1, Math.ceil((3 * articles) / config.itemsPerPage / MAX_ARTICLES_PER_SHARD))
      : chooseRenderShards(articles, incremental));
  const job: RenderJob = { contentDir, outDir, config, cacheFile, scope, quiet, debug };
  // A build killed after setting its mark leaves it: this one then checks every page's bytes.
  const unfinished = await readUnfinishedBuild(stateFile);
  const planOptions = { outDir, projectRoot, config, stateFile, incremental, scope, unfinished };

  // A full build keeps its render processes (wall time); an incremental one of few pages needs none.
  const soloLimit =
    shards === 1 ? Infinity : incremental ? (options.soloLimit ?? MAX_ARTICLES_PER_SHARD) : 0;

  // Stories and related articles before the model, which shows them (src/stories/).
  started = performance.now();
  progress.start("stories");
  const clustered = await buildStories({ contentDir, articles: archive.articles });
  const content: LoadedContent = { ...archive, stories: clustered.assignments };
  progress.end(
    `stories: ${clustered.fingerprinted} of ${clustered.articles} articles fingerprinted, ` +
      `${clustered.sharedStories} stories with several versions in ${secondsSince(started)}`,
  );
  started = performance.now();
  progress.start("plan");
  let model: ArchiveModel | undefined = buildArchiveModel(content, config);
  const { pages, ...plan } = await planPages(model, planOptions, soloLimit);
  // Render processes get the model from a file: this process keeps only the plan while they run.
  const handOverModel = (): ArchiveModel | undefined => {
    const handed = model;
    model = undefined;
    return handed;
  };
  progress.end(`plan: ${plan.total} pages planned in ${secondsSince(started)}`);
  // Before the first write: what this build (and an unfinished one before it) may leave behind.
  await markBuildStarted(stateFile, {
    pages: [...(unfinished?.pages ?? []), ...Object.keys(plan.state.pages)],
    files: [...(unfinished?.files ?? []), ...plan.state.files],
  });
  if (plan.render) {
    const where = pages && shards > 1 ? ", in one process" : "";
    log(
      `incremental: rendering ${plan.render.size} of ${plan.total} paginated pages, removing ${plan.removed.length}${where}`,
    );
  }
  started = performance.now();
  let rendered = 0;
  progress.start("render", plan.render?.size ?? plan.total);
  if (pages)
    await runEleventy({
      config,
      outDir,
      quiet,
      debug,
      pageKindsOnly: pageKindsOnlyFor(scope, 0),
      onPage: () => progress.advance(++rendered),
      loadArchive: async () => pages,
    });
  else
    await runRenderShards(
      shards,
      { ...job, ...(plan.render ? { render: [...plan.render] } : {}) },
      {
        model: handOverModel(),
        onPages: (pagesSoFar) => progress.advance((rendered = pagesSoFar)),
      },
    );
  await removeOutputs(outDir, plan.removed);
  const hrefs = Object.keys(plan.state.pages);
  const outputs = recordPageOutputs(outDir, hrefs, plan.render, plan.previousOutputs);
  await writeBuildState(stateFile, { ...plan.state, outputs });
  await markBuildFinished(stateFile);
  const processes = pages ? "" : `, ${shards} processes`;
  progress.end(`render: ${rendered} files in ${secondsSince(started)}${processes}`);
  return { pages: plan.total, fingerprint: plan.fingerprint, content, model };
}
