import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadArchive } from "../site/loadArchive.ts";
import { buildStories, type StoriesReport } from "./buildStories.ts";
import { dayNumber } from "./fingerprintArticle.ts";
import { findStoryPairs } from "./findStoryPairs.ts";
import { groupStories } from "./groupStories.ts";
import type { StoryLabel } from "../corpus/storyDesk.ts";
import { pairwiseAccuracy, type PairwiseAccuracy } from "./pairwiseAccuracy.ts";
import { recallByVersion, type KindRecall } from "./recallByVersion.ts";
import { storyStateDir } from "./storyAssignments.ts";
import { storySettings } from "./storySettings.ts";
import { decodeStoryState } from "./storyState.ts";

/** What measure-stories prints. */
export interface StoriesMeasurement extends StoriesReport {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMB: number;
  /** Pairwise accuracy at the configured run containment and at each asked one, when a truth is given. */
  accuracy?: ThresholdAccuracy[];
}

/**
 * Pairwise accuracy at one run-containment threshold of the close-rewrite stage (above 1: that
 * stage off, near-copies only), with recall split by kind of true pair.
 */
type ThresholdAccuracy = { threshold: number } & PairwiseAccuracy & {
    copies: KindRecall;
    rewrites: KindRecall;
  };

/**
 * Precision and recall of the clustering at several run-containment thresholds, from the cached
 * fingerprints of the run that just finished (only pairing and grouping are repeated).
 * `truth` maps an article's source URL to its true story and version.
 */
async function accuracyCurve(
  contentDir: string,
  truth: ReadonlyMap<string, StoryLabel>,
  thresholds: readonly number[],
): Promise<ThresholdAccuracy[]> {
  const truthStories = new Map([...truth].map(([url, label]) => [url, label.storyId]));
  const state = decodeStoryState(
    await readFile(path.join(storyStateDir(contentDir), "fingerprints.bin")),
  );
  if (!state) throw new Error("no story cache to measure");
  const { articles } = await loadArchive(contentDir);
  const signatures = new Map(state.fingerprints.map((f) => [f.id, f.signature]));
  const candidates = articles.map(({ frontMatter }) => ({
    id: frontMatter.id,
    day: dayNumber(frontMatter.date),
    signature: signatures.get(frontMatter.id) ?? new Uint32Array(),
  }));
  const members = articles.map(({ frontMatter }) => ({
    id: frontMatter.id,
    date: frontMatter.date,
  }));
  return thresholds.map((threshold) => {
    const pairs = findStoryPairs(
      candidates,
      { ...storySettings.pairs, runContainment: threshold },
      storySettings.minhash,
    );
    const stories = groupStories(members, pairs);
    const byUrl = new Map<string, string>();
    for (const { frontMatter } of articles) {
      if (frontMatter.url)
        byUrl.set(frontMatter.url, stories.get(frontMatter.id) ?? frontMatter.id);
    }
    return {
      threshold,
      ...pairwiseAccuracy(byUrl, truthStories),
      ...recallByVersion(byUrl, truth),
    };
  });
}

/** Runs clustering on a content folder and adds wall and CPU seconds, peak RSS and, with a truth, accuracy. */
export async function measureStories(options: {
  contentDir: string;
  truth?: ReadonlyMap<string, StoryLabel> | undefined;
  thresholds?: number[] | undefined;
  clean: boolean;
}): Promise<StoriesMeasurement> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const report = await buildStories({ contentDir: options.contentDir, clean: options.clean });
  const used = process.cpuUsage(cpu);
  const measurement: StoriesMeasurement = {
    ...report,
    wallSeconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
  if (options.truth) {
    const thresholds = [
      ...new Set([storySettings.pairs.runContainment, ...(options.thresholds ?? [])]),
    ].sort((a, b) => a - b);
    measurement.accuracy = await accuracyCurve(options.contentDir, options.truth, thresholds);
  }
  return measurement;
}
