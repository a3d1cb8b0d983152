import { buildArchiveModel, type ArchiveModel } from "../site/archiveModel.ts";
import {
  buildFingerprint,
  outputExists,
  readBuildState,
  type BuildState,
} from "../site/buildState.ts";
import { loadArchive } from "../site/loadArchive.ts";
import { pageSignatures } from "../site/pageSignatures.ts";
import { planRender } from "../site/planRender.ts";
import type { SiteConfig } from "../site/siteConfig.ts";

/** The front-matter cache beside a build state file: both describe the last build. */
export function frontMatterCacheFile(stateFile: string | undefined): string | undefined {
  return stateFile?.replace(/(\.json)?$/, ".frontmatter.json");
}

/** Loads the content folder and builds the full archive model, logging each skipped file. */
export async function loadArchiveModel(
  contentDir: string,
  config: SiteConfig,
  cacheFile: string | undefined,
  log: (line: string) => void,
): Promise<ArchiveModel> {
  const loaded = await loadArchive(contentDir, { cacheFile });
  for (const { file, message } of loaded.problems) log(`skipped ${file}: ${message}`);
  return buildArchiveModel(loaded, config);
}

/** What a build renders and what it records for the next one. */
export interface SiteRenderPlan {
  /** Paginated page URLs to render; undefined: every page (no usable previous build). */
  render: Set<string> | undefined;
  /** Paginated pages of this build. */
  total: number;
  /** Output files of the previous build to delete (pages and sitemap parts that disappeared). */
  removed: string[];
  /** The state to record once the render succeeded. */
  state: BuildState;
}

/**
 * Signs every page of the model and, in an incremental build, compares the signatures with the
 * previous build's state: only new, changed or missing pages are rendered.
 */
export async function planSiteRender(
  model: ArchiveModel,
  options: {
    outDir: string;
    projectRoot: string;
    config: SiteConfig;
    stateFile: string;
    incremental: boolean;
  },
): Promise<SiteRenderPlan> {
  const signatures = pageSignatures(model, buildFingerprint(options.projectRoot, options.config));
  const files = model.sitemap.files.map((file) => file.path);
  const state: BuildState = { version: 1, pages: Object.fromEntries(signatures), files };
  const previous = options.incremental ? await readBuildState(options.stateFile) : undefined;
  if (!previous) return { render: undefined, total: signatures.size, removed: [], state };
  const plan = planRender(new Map(Object.entries(previous.pages)), signatures, (href) =>
    outputExists(options.outDir, href),
  );
  const removedFiles = previous.files.filter((file) => !files.includes(file));
  return {
    render: plan.render,
    total: signatures.size,
    removed: [...plan.removed, ...removedFiles],
    state,
  };
}
