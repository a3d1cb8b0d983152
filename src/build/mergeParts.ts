import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { writeHostFiles } from "../publish/writeHostFiles.ts";
import { SHARDS_MANIFEST_FILE } from "../search/buildShardedSearchIndex.ts";
import {
  indexArchiveSearch,
  SEARCH_BUNDLE_DIR,
  siteModel,
  writeArchiveOpenData,
  type BuildArchiveOptions,
  type SearchBuildReport,
} from "./buildArchive.ts";
import { lineProgress, secondsSince } from "./buildProgress.ts";
import { buildSite, siteConfigOf } from "./buildSite.ts";
import { checkPartSet, PartsError, PART_MANIFEST_FILE, readPartManifest } from "./partManifest.ts";

/** Whether a part's file belongs in the joined site: its pages and search shards, not its own lists. */
function copiedFromPart(partDir: string, source: string): boolean {
  const relative = path.relative(partDir, source).split(path.sep);
  if (relative.join("/") === PART_MANIFEST_FILE) return false;
  // Of the search bundle only the shard folders: the index's list and directory are the merge's.
  return relative[0] !== SEARCH_BUNDLE_DIR || relative.length === 1 || relative[1] === "shards";
}

/** The search shards a part indexed (`pagefind/shards.json`), none when it indexed none. */
async function readShardList(partDir: string): Promise<unknown[]> {
  try {
    const file = path.join(partDir, SEARCH_BUNDLE_DIR, SHARDS_MANIFEST_FILE);
    const manifest = JSON.parse(await readFile(file, "utf8")) as { shards?: unknown };
    return Array.isArray(manifest.shards) ? manifest.shards : [];
  } catch {
    return [];
  }
}

async function writeShardList(outDir: string, shards: unknown[]): Promise<void> {
  const file = path.join(outDir, SEARCH_BUNDLE_DIR, SHARDS_MANIFEST_FILE);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify({ version: 1, shards }));
}

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
  if (!site)
    throw new PartsError("merge renders the joined site: it cannot be combined with --serve");
  const parts = checkPartSet(read, site.fingerprint);
  const started = performance.now();
  progress.start("join", parts.length);
  for (const [index, { dir }] of parts.entries()) {
    await cp(dir, outDir, { recursive: true, filter: (source) => copiedFromPart(dir, source) });
    progress.advance(index + 1);
  }
  // The parts' search shards, listed as if a previous build had made them: indexing keeps every
  // shard whose inputs match and writes the whole index's list and term directory.
  const shards = await Promise.all(parts.map(({ dir }) => readShardList(dir)));
  if (shards.some((list) => list.length > 0)) await writeShardList(outDir, shards.flat());
  const pages = parts.reduce((sum, { manifest }) => sum + manifest.pages, 0);
  progress.end(`join: ${parts.length} parts, ${pages} pages in ${secondsSince(started)}`);
  const config = siteConfigOf(options);
  await writeArchiveOpenData({ ...options, outDir }, config, progress, site.content);
  const search =
    (options.search ?? true)
      ? await indexArchiveSearch({ ...options, outDir }, config, progress, siteModel(site, config))
      : undefined;
  // Last: the hosts' cache rules are derived from every file present.
  await writeHostFiles(outDir, { pathPrefix: config.pathPrefix });
  return { search };
}
