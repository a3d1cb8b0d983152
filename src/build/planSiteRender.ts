import { sha1Hex } from "../ingest/hashText.ts";
import {
  buildArchiveModel,
  scopePages,
  scopeRendersAll,
  type ArchiveModel,
  type SiteScope,
} from "../site/archiveModel.ts";
import {
  buildFingerprint,
  readBuildState,
  type BuildInProgress,
  type BuildState,
} from "../site/buildState.ts";
import { isPageOutputIntact, type PageOutput } from "../site/pageOutputs.ts";
import { loadArchive, type LoadedArchive } from "../site/loadArchive.ts";
import { pageKindNames } from "../site/pageKinds.ts";
import { pageSignatures } from "../site/pageSignatures.ts";
import { planRender } from "../site/planRender.ts";
import type { SiteConfig } from "../site/siteConfig.ts";
import { readStoryAssignments, type StoryAssignments } from "../stories/storyAssignments.ts";

/** The front-matter cache beside a build state file: both describe the last build. */
export function frontMatterCacheFile(stateFile: string | undefined): string | undefined {
  return stateFile?.replace(/(\.json)?$/, ".frontmatter.json");
}

/**
 * What a build loads from the content folder once and hands from phase to phase (stories, pages,
 * open data, search): every file's front matter, the files it skipped, and the stories.
 */
export interface LoadedContent extends LoadedArchive {
  stories: StoryAssignments;
}

/** Loads the content folder's front matter (through its cache), logging each skipped file. */
export async function loadArchiveLogged(
  contentDir: string,
  cacheFile: string | undefined,
  log: (line: string) => void,
): Promise<LoadedArchive> {
  const loaded = await loadArchive(contentDir, { cacheFile });
  for (const { file, message } of loaded.problems) log(`skipped ${file}: ${message}`);
  return loaded;
}

/** Loads the content folder and builds the full archive model, logging each skipped file. */
export async function loadArchiveModel(
  contentDir: string,
  config: SiteConfig,
  cacheFile: string | undefined,
  log: (line: string) => void,
): Promise<ArchiveModel> {
  const loaded = await loadArchiveLogged(contentDir, cacheFile, log);
  const stories = readStoryAssignments(contentDir, log);
  return buildArchiveModel({ ...loaded, stories }, config);
}

/** What a build renders and what it records for the next one. */
export interface SiteRenderPlan {
  /** Paginated page URLs to render; undefined: every page (no usable previous build). */
  render: Set<string> | undefined;
  /** Paginated pages of this build. */
  total: number;
  /** A hash of every page's signature in the archive: builds with the same one render the same site. */
  fingerprint: string;
  /** Output files of the previous build to delete (pages and sitemap parts that disappeared). */
  removed: string[];
  /** The state to record once the render succeeded (its `outputs` are read after the render). */
  state: BuildState;
  /** Output records of the previous build, kept for pages this build does not render. */
  previousOutputs: Record<string, PageOutput>;
}

/**
 * Signs every page of the model and, in an incremental build, compares the signatures with the
 * previous build's state: only new and changed pages, and pages whose output is not what the
 * previous build wrote, are rendered. Every page's size is checked; after a build that did not
 * finish (`unfinished`), every page's bytes are, and what that build may have written for pages
 * that no longer exist is removed.
 */
export async function planSiteRender(
  model: ArchiveModel,
  options: {
    outDir: string;
    projectRoot: string;
    config: SiteConfig;
    stateFile: string;
    incremental: boolean;
    scope: SiteScope;
    unfinished: BuildInProgress | undefined;
  },
): Promise<SiteRenderPlan> {
  // A part signs and records only its own pages, and no sitemap: the joined site has those.
  const scoped = scopePages(model, options.scope);
  const inScope = new Set(pageKindNames.flatMap((name) => scoped.pages[name].map((p) => p.href)));
  const everyPage = pageSignatures(model, buildFingerprint(options.projectRoot, options.config));
  const fingerprint = sha1Hex(JSON.stringify([...everyPage])).slice(0, 16);
  const signatures = new Map([...everyPage].filter(([href]) => inScope.has(href)));
  const files = scopeRendersAll(options.scope) ? model.sitemap.files.map((file) => file.path) : [];
  const state: BuildState = {
    version: 2,
    pages: Object.fromEntries(signatures),
    files,
    outputs: {},
  };
  // Even a full build reads the previous state of this output folder: the pages it recorded that
  // no longer exist are removed, or they would stay behind with links to deleted data files.
  const previous = await readBuildState(options.stateFile);
  const { unfinished } = options;
  const kept = new Set([...signatures.keys(), ...files]);
  const vanished = [
    ...(previous ? [...Object.keys(previous.pages), ...previous.files] : []),
    ...(unfinished ? [...unfinished.pages, ...unfinished.files] : []),
  ];
  const removed = [...new Set(vanished.filter((file) => !kept.has(file)))];
  if (!previous || !options.incremental) {
    return {
      render: undefined,
      total: signatures.size,
      fingerprint,
      removed,
      state,
      previousOutputs: {},
    };
  }
  const plan = planRender(new Map(Object.entries(previous.pages)), signatures, (href) =>
    isPageOutputIntact(options.outDir, href, previous.outputs[href], unfinished !== undefined),
  );
  return {
    render: plan.render,
    total: signatures.size,
    fingerprint,
    removed,
    state,
    previousOutputs: previous.outputs,
  };
}
