import { cp } from "node:fs/promises";
import path from "node:path";
import { writeHostFiles } from "../publish/writeHostFiles.ts";
import {
  indexArchiveSearch,
  type BuildArchiveOptions,
  type SearchBuildReport,
} from "./buildArchive.ts";
import { lineProgress, secondsSince } from "./buildProgress.ts";
import { buildSite, siteConfigOf } from "./buildSite.ts";
import { checkPartSet, PartsError, PART_MANIFEST_FILE, readPartManifest } from "./partManifest.ts";

/** Options of `news-archive merge`: the build's (same content and settings as the parts), plus the parts. */
export interface MergePartsOptions extends Pick<
  BuildArchiveOptions,
  | "contentDir"
  | "outDir"
  | "pathPrefix"
  | "siteOverrides"
  | "stateFile"
  | "renderShards"
  | "maxPerShard"
  | "search"
  | "verbose"
  | "progress"
> {
  /** Folders written by `news-archive build --part i/n`, one per part, in any order. */
  partDirs: readonly string[];
}

/**
 * `news-archive merge`: joins the parts of an archive into the final site. It checks that the
 * folders are parts 1…n of this very content and code, renders what the parts leave out from the
 * full model (home, lists, feeds, sitemaps, assets), copies each part's pages in, indexes search
 * and writes the host files last. The result is the site a single `build` writes.
 */
export async function mergeParts(
  options: MergePartsOptions,
): Promise<{ search: SearchBuildReport | undefined }> {
  const progress =
    options.progress ??
    lineProgress((line) => process.stdout.write(`news-archive merge: ${line}\n`));
  const partDirs = options.partDirs.map((dir) => path.resolve(dir));
  const outDir = path.resolve(options.outDir);
  if (partDirs.includes(outDir))
    throw new PartsError(`--out ${options.outDir} is one of the parts`);
  const read = await Promise.all(
    partDirs.map(async (dir) => ({ dir, manifest: await readPartManifest(dir) })),
  );
  checkPartSet(read);
  const site = await buildSite({ ...options, progress, scope: { kind: "joined" } });
  const parts = checkPartSet(read, site?.fingerprint);
  const started = performance.now();
  progress.start("join", parts.length);
  for (const [index, { dir }] of parts.entries()) {
    await cp(dir, outDir, {
      recursive: true,
      filter: (source) => source !== path.join(dir, PART_MANIFEST_FILE),
    });
    progress.advance(index + 1);
  }
  const pages = parts.reduce((sum, { manifest }) => sum + manifest.pages, 0);
  progress.end(`join: ${parts.length} parts, ${pages} pages in ${secondsSince(started)}`);
  const config = siteConfigOf(options);
  const search =
    (options.search ?? true)
      ? await indexArchiveSearch({ ...options, outDir }, config, progress)
      : undefined;
  // Last: the hosts' cache rules are derived from every file present.
  await writeHostFiles(outDir, { pathPrefix: config.pathPrefix });
  return { search };
}
