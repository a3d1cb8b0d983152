import {
  buildRelatedIndex,
  rankRelated,
  relatedIds,
  type RelatedCandidate,
  type RelatedSettings,
} from "./findRelatedArticles.ts";
import { runTsWorker } from "./startTsWorker.ts";

const workerEntry = new URL("./relatedWorker.ts", import.meta.url);

/**
 * findRelatedArticles with the ranking shared between this thread and `threads - 1` worker
 * threads, each a contiguous range of the articles (the workers get a copy of the index). The
 * lists are the same for any number of threads; below `minPerThread` articles a thread is not
 * worth its start-up.
 */
export async function findRelatedInThreads(
  articles: readonly RelatedCandidate[],
  settings: RelatedSettings,
  threads: number,
  minPerThread = 20_000,
): Promise<Map<string, string[]>> {
  const index = buildRelatedIndex(articles, settings);
  const total = articles.length;
  const count = Math.max(1, Math.min(threads, Math.floor(total / minPerThread)));
  const bounds = Array.from({ length: count + 1 }, (_, i) => Math.floor((i * total) / count));
  // Workers take the later ranges; this thread ranks the first while they start.
  const workers = bounds
    .slice(1, -1)
    .map((from, i) =>
      runTsWorker<Int32Array>(workerEntry, { index, from, to: bounds[i + 2] as number }),
    );
  const first = rankRelated(index, 0, bounds[1] as number);
  const ranked = new Int32Array(total * settings.limit);
  ranked.set(first);
  (await Promise.all(workers)).forEach((part, i) =>
    ranked.set(part, (bounds[i + 1] as number) * settings.limit),
  );
  return relatedIds(articles, ranked, settings.limit);
}
