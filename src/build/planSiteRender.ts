import { createHash } from "node:crypto";
import {
  buildArchiveModel,
  scopePages,
  scopeRendersAll,
  type ArchiveModel,
  type SiteScope,
} from "../site/archiveModel.ts";
import {
  buildFingerprint,
  outputExists,
  readBuildState,
  type BuildState,
} from "../site/buildState.ts";
import { loadArchive } from "../site/loadArchive.ts";
import { pageKindNames } from "../site/pageKinds.ts";
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
  /** A hash of every page's signature in the archive: builds with the same one render the same site. */
  fingerprint: string;
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
    scope: SiteScope;
  },
): Promise<SiteRenderPlan> {
  // A part signs and records only its own pages, and no sitemap: the joined site has those.
  const scoped = scopePages(model, options.scope);
  const inScope = new Set(pageKindNames.flatMap((name) => scoped.pages[name].map((p) => p.href)));
  const everyPage = pageSignatures(model, buildFingerprint(options.projectRoot, options.config));
  const fingerprint = createHash("sha1")
    .update(JSON.stringify([...everyPage]))
    .digest("hex")
    .slice(0, 16);
  const signatures = new Map([...everyPage].filter(([href]) => inScope.has(href)));
  const files = scopeRendersAll(options.scope) ? model.sitemap.files.map((file) => file.path) : [];
  const state: BuildState = { version: 1, pages: Object.fromEntries(signatures), files };
  const previous = options.incremental ? await readBuildState(options.stateFile) : undefined;
  if (!previous)
    return { render: undefined, total: signatures.size, fingerprint, removed: [], state };
  const plan = planRender(new Map(Object.entries(previous.pages)), signatures, (href) =>
    outputExists(options.outDir, href),
  );
  const removedFiles = previous.files.filter((file) => !files.includes(file));
  return {
    render: plan.render,
    total: signatures.size,
    fingerprint,
    removed: [...plan.removed, ...removedFiles],
    state,
  };
}
