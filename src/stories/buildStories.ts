import { availableParallelism } from "node:os";
import { mkdir, open, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadArchive } from "../site/loadArchive.ts";
import { dayNumber, type TextFingerprint } from "./fingerprintArticle.ts";
import { fingerprintFiles } from "./fingerprintFiles.ts";
import { findRelatedArticles } from "./findRelatedArticles.ts";
import { comparePairs, findStoryPairs, type StoryPair } from "./findStoryPairs.ts";
import { groupStories } from "./groupStories.ts";
import {
  serializeStoryAssignments,
  storyAssignmentsFile,
  storyStateDir,
  type StoryAssignment,
} from "./storyAssignments.ts";
import { fingerprintKey, storySettings, type StorySettings } from "./storySettings.ts";
import { decodeStoryState, encodeStoryStateChunks, type CachedFingerprint } from "./storyState.ts";

/** Options of one clustering run over a content folder. */
export interface BuildStoriesOptions {
  /** Folder with `articles/`; the cache and result go to its `.state/stories/`. */
  contentDir: string;
  settings?: StorySettings;
  /** Ignore the cache and compare every article with every other in its window. */
  clean?: boolean;
  /** Worker threads that fingerprint new articles (default: one per core). */
  threads?: number;
  /** The site build's front-matter cache (see loadArchive), shared so that it is kept once. */
  frontMatterCacheFile?: string | undefined;
}

/** What a clustering run did. */
export interface StoriesReport {
  articles: number;
  /** Articles fingerprinted (new or changed) this run; the rest came from the cache. */
  fingerprinted: number;
  pairs: number;
  /** Stories with two or more versions. */
  sharedStories: number;
  /** Reading front matter and bodies and fingerprinting them (or taking them from the cache). */
  fingerprintMs: number;
  /** Finding and confirming pairs, and grouping them into stories. */
  clusterMs: number;
  relatedMs: number;
  /** CPU seconds (user + system) of the three phases. */
  fingerprintCpu: number;
  clusterCpu: number;
  relatedCpu: number;
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

async function writeAtomic(file: string, data: string | Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, data);
  await rename(temp, file);
}

async function writeChunksAtomic(file: string, chunks: Iterable<Buffer>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const handle = await open(temp, "w");
  try {
    for (const chunk of chunks) await handle.write(chunk);
  } finally {
    await handle.close();
  }
  await rename(temp, file);
}

/**
 * Clusters a content folder's articles into stories and picks related articles, writing the
 * result to `.state/stories/stories.json`. Incremental: fingerprints and confirmed pairs of
 * unchanged articles come from the cache, and only new or changed articles are compared with
 * those in their window of days; the result equals a clean run's (tests/stories/buildStories.test.ts).
 */
export async function buildStories(options: BuildStoriesOptions): Promise<StoriesReport> {
  const settings = options.settings ?? storySettings;
  const dir = storyStateDir(options.contentDir);
  const stateFile = path.join(dir, "fingerprints.bin");
  const key = fingerprintKey(settings);
  const started = performance.now();
  const cpuStarted = cpuSeconds();

  // Only what clustering needs: the rest of the front matter (excerpts…) is left to the collector.
  const articles = (
    await loadArchive(options.contentDir, { cacheFile: options.frontMatterCacheFile })
  ).articles.map(({ frontMatter: { id, date, title }, file, contentHash }) => ({
    frontMatter: { id, date, title },
    file,
    contentHash,
  }));
  const previous = options.clean
    ? undefined
    : await readFile(stateFile).then(decodeStoryState, () => undefined);
  const usable = previous?.key === key ? previous : undefined;
  const cached = new Map(usable?.fingerprints.map((f) => [f.id, f]));

  const fresh = new Set<string>();
  const stale = articles.filter(({ frontMatter, contentHash }) => {
    const hit = cached.get(frontMatter.id);
    if (hit && hit.contentHash === contentHash) return false;
    fresh.add(frontMatter.id);
    return true;
  });
  const computed = await fingerprintFiles(
    stale.map(({ file, frontMatter }) => ({ file, title: frontMatter.title })),
    settings.minhash,
    options.threads ?? availableParallelism(),
  );
  const byId = new Map(
    stale.map(({ frontMatter, contentHash }, i) => [
      frontMatter.id,
      { id: frontMatter.id, contentHash, ...(computed[i] as TextFingerprint) },
    ]),
  );
  const fingerprints: CachedFingerprint[] = articles.map(
    ({ frontMatter }) =>
      (byId.get(frontMatter.id) ?? cached.get(frontMatter.id)) as CachedFingerprint,
  );
  cached.clear();
  byId.clear();
  const fingerprinted = performance.now();
  const cpuFingerprinted = cpuSeconds();

  const candidates = articles.map(({ frontMatter }, i) => ({
    id: frontMatter.id,
    day: dayNumber(frontMatter.date),
    signature: (fingerprints[i] as CachedFingerprint).signature,
  }));
  // Pairs of two unchanged articles still hold; only pairs touching a fresh article are looked for.
  const present = new Set(candidates.map((c) => c.id));
  const kept: StoryPair[] = usable
    ? usable.pairs.filter(
        ([a, b]) => present.has(a) && present.has(b) && !fresh.has(a) && !fresh.has(b),
      )
    : [];
  const found = findStoryPairs(
    candidates,
    settings.pairs,
    settings.minhash,
    usable ? fresh : undefined,
  );
  const pairs = [...kept, ...found].sort(comparePairs);
  const stories = groupStories(
    articles.map(({ frontMatter }) => ({ id: frontMatter.id, date: frontMatter.date })),
    pairs,
  );
  const clustered = performance.now();
  const cpuClustered = cpuSeconds();

  const related = findRelatedArticles(
    fingerprints.map((f) => ({ ...f, storyId: stories.get(f.id) ?? f.id })),
    settings.related,
  );
  const assignments = new Map<string, StoryAssignment>();
  for (const { id } of fingerprints) {
    assignments.set(id, { story: stories.get(id) ?? id, related: related.get(id) ?? [] });
  }
  const done = performance.now();
  const cpuDone = cpuSeconds();

  await writeChunksAtomic(stateFile, encodeStoryStateChunks({ key, fingerprints, pairs }));
  await writeAtomic(
    storyAssignmentsFile(options.contentDir),
    serializeStoryAssignments(assignments),
  );
  const sizes = new Map<string, number>();
  for (const story of stories.values()) sizes.set(story, (sizes.get(story) ?? 0) + 1);
  return {
    articles: articles.length,
    fingerprinted: fresh.size,
    pairs: pairs.length,
    sharedStories: [...sizes.values()].filter((n) => n > 1).length,
    fingerprintMs: fingerprinted - started,
    clusterMs: clustered - fingerprinted,
    relatedMs: done - clustered,
    fingerprintCpu: cpuFingerprinted - cpuStarted,
    clusterCpu: cpuClustered - cpuFingerprinted,
    relatedCpu: cpuDone - cpuClustered,
  };
}
