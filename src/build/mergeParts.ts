import { cp } from "node:fs/promises";
import path from "node:path";
import { writeHostFiles } from "../publish/writeHostFiles.ts";
import {
  buildArchiveSearch,
  describeSearchBuild,
  type BuildArchiveOptions,
  type SearchBuildReport,
} from "./buildArchive.ts";
import { buildSite, siteConfigOf } from "./buildSite.ts";
import { checkPartSet, PART_MANIFEST_FILE, readPartManifest } from "./partManifest.ts";

/** Options of `news-archive merge`: the build's (same content and settings as the parts), plus the parts. */
export interface MergePartsOptions extends Pick<
  BuildArchiveOptions,
  | "contentDir"
  | "outDir"
  | "pathPrefix"
  | "siteOverrides"
  | "stateFile"
  | "maxPerShard"
  | "search"
  | "quiet"
  | "log"
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
  const log =
    options.log ?? ((line: string) => process.stdout.write(`news-archive merge: ${line}\n`));
  const partDirs = options.partDirs.map((dir) => path.resolve(dir));
  const outDir = path.resolve(options.outDir);
  if (partDirs.includes(outDir)) throw new Error(`--out ${options.outDir} is one of the parts`);
  const read = await Promise.all(
    partDirs.map(async (dir) => ({ dir, manifest: await readPartManifest(dir) })),
  );
  checkPartSet(read);
  const site = await buildSite({ ...options, scope: { kind: "joined" } });
  const parts = checkPartSet(read, site?.fingerprint);
  for (const { dir } of parts) {
    await cp(dir, outDir, {
      recursive: true,
      filter: (source) => source !== path.join(dir, PART_MANIFEST_FILE),
    });
  }
  const pages = parts.reduce((sum, { manifest }) => sum + manifest.pages, 0);
  log(`joined ${parts.length} parts (${pages} pages) and ${site?.pages ?? 0} list pages`);
  const config = siteConfigOf(options);
  let search: SearchBuildReport | undefined;
  if (options.search ?? true) {
    search = await buildArchiveSearch(
      {
        contentDir: options.contentDir,
        outDir,
        config,
        ...(options.maxPerShard !== undefined ? { maxPerShard: options.maxPerShard } : {}),
      },
      log,
    );
    log(describeSearchBuild(search));
  }
  // Last: the hosts' cache rules are derived from every file present.
  await writeHostFiles(outDir, { pathPrefix: config.pathPrefix });
  return { search };
}
