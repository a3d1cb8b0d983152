import { availableParallelism } from "node:os";
import { mkdir, open, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ArticleSource } from "../site/articleRecords.ts";
import { dayNumber } from "./fingerprintArticle.ts";
import { findRelatedInThreads } from "./findRelatedInThreads.ts";
import { comparePairs, findStoryPairs, type StoryPair } from "./findStoryPairs.ts";
import { groupStories } from "./groupStories.ts";
import { knownFingerprintKey } from "./fingerprintFiles.ts";
import { fingerprintLoadedArticles, scanArticleFiles } from "./scanArticleFiles.ts";
import {
  serializeStoryAssignments,
  storyAssignmentsFile,
  storyStateDir,
  type StoryAssignment,
  type StoryAssignments,
} from "./storyAssignments.ts";
import { fingerprintKey, storySettings, type StorySettings } from "./storySettings.ts";
import {
  decodeStoryState,
  encodeStoryStateChunks,
  type CachedFingerprint,
  type StoryState,
} from "./storyState.ts";

/** Options of one clustering run over a content folder. */
export interface BuildStoriesOptions {
  /** Folder with `articles/`; the cache and result go to its `.state/stories/`. */
  contentDir: string;
  settings?: StorySettings;
  /** Ignore the cache and compare every article with every other in its window. */
  clean?: boolean;
  /** Threads that fingerprint new articles and rank related ones (default: one per core). */
  threads?: number;
  /** The content folder's articles when the caller has loaded them already (the site build has). */
  articles?: readonly ArticleSource[];
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
  /** The result, as written to `stories.json` (the site build uses it without reading it back). */
  assignments: StoryAssignments;
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

/** Whether the cache read at the start already holds these fingerprints (same files, same order) and pairs. */
function sameState(
  cached: StoryState,
  fingerprints: readonly CachedFingerprint[],
  pairs: readonly StoryPair[],
): boolean {
  return (
    cached.fingerprints.length === fingerprints.length &&
    cached.pairs.length === pairs.length &&
    // Unchanged articles keep the very objects the cache was decoded into.
    fingerprints.every((f, i) => f === cached.fingerprints[i]) &&
    pairs.every(([a, b], i) => cached.pairs[i]?.[0] === a && cached.pairs[i]?.[1] === b)
  );
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

  const previous = options.clean
    ? undefined
    : await readFile(stateFile).then(decodeStoryState, () => undefined);
  const usable = previous?.key === key ? previous : undefined;
  const cached = new Map(usable?.fingerprints.map((f) => [f.id, f]));
  const threads = options.threads ?? availableParallelism();
  const scan = {
    settings: settings.minhash,
    threads,
    known: new Set(usable?.fingerprints.map((f) => knownFingerprintKey(f.id, f.contentHash))),
  };
  // Without the caller's articles, each file is read once, in the workers (front matter and
  // body): the main thread keeps only ids, dates and hashes.
  const articles = options.articles
    ? await fingerprintLoadedArticles(options.articles, scan)
    : await scanArticleFiles(options.contentDir, scan);
  const fresh = new Set<string>();
  const fingerprints: CachedFingerprint[] = articles.map(({ id, contentHash, print }) => {
    if (print === undefined) return cached.get(id) as CachedFingerprint;
    fresh.add(id);
    return { id, contentHash, ...print };
  });
  cached.clear();
  const fingerprinted = performance.now();
  const cpuFingerprinted = cpuSeconds();

  const candidates = articles.map(({ id, date }, i) => ({
    id,
    day: dayNumber(date),
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
    articles.map(({ id, date }) => ({ id, date })),
    pairs,
  );
  const clustered = performance.now();
  const cpuClustered = cpuSeconds();

  const related = await findRelatedInThreads(
    fingerprints.map((f) => ({ ...f, storyId: stories.get(f.id) ?? f.id })),
    settings.related,
    threads,
  );
  const assignments = new Map<string, StoryAssignment>();
  for (const { id } of fingerprints) {
    assignments.set(id, { story: stories.get(id) ?? id, related: related.get(id) ?? [] });
  }
  const done = performance.now();
  const cpuDone = cpuSeconds();

  // The cache is some 2 kB per article (214 MB at 100k): a run that changed nothing keeps it.
  if (!usable || !sameState(usable, fingerprints, pairs))
    await writeChunksAtomic(stateFile, encodeStoryStateChunks({ key, fingerprints, pairs }));
  const resultFile = storyAssignmentsFile(options.contentDir);
  const result = serializeStoryAssignments(assignments);
  if ((await readFile(resultFile, "utf8").catch(() => undefined)) !== result)
    await writeAtomic(resultFile, result);
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
    assignments,
  };
}
