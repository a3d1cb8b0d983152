import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  encodeShardSet,
  routeBucket,
  WORDS_PER_ROUTE_FILE,
  type RouteDirectory,
} from "./routeTerms.ts";

/** Folder of the bundle holding the term → shards directory, one JSON file per bucket. */
export const ROUTE_DIRECTORY = "terms/";

/**
 * Writes the term → shards directory: for each directory word, the shards (by their index in
 * shards.json) that hold it, in small JSON files (`routeBucket`: one per ≈WORDS_PER_ROUTE_FILE
 * words, every one written, even empty), so the search page fetches one file per query word.
 * @example await writeRouteDirectory("_site/pagefind", [wordsOfShard0, wordsOfShard1])
 */
export async function writeRouteDirectory(
  bundleDir: string,
  wordsByShard: readonly ReadonlySet<string>[],
): Promise<RouteDirectory & { words: number; bytes: number }> {
  const shardsOf = new Map<string, number[]>();
  wordsByShard.forEach((words, index) => {
    for (const word of words) {
      const shards = shardsOf.get(word);
      if (shards) shards.push(index);
      else shardsOf.set(word, [index]);
    }
  });
  const count = Math.max(1, Math.ceil(shardsOf.size / WORDS_PER_ROUTE_FILE));
  const buckets = Array.from({ length: count }, () => [] as [string, string][]);
  for (const [word, shards] of shardsOf) {
    const bucket = routeBucket(word, count);
    if (bucket !== undefined) buckets[bucket]?.push([word, encodeShardSet(shards)]);
  }
  const dir = path.join(bundleDir, ROUTE_DIRECTORY);
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (const [bucket, entries] of buckets.entries()) {
    // Sorted, so that the same words always give the same bytes (incremental equals clean).
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const json = JSON.stringify(Object.fromEntries(entries));
    bytes += Buffer.byteLength(json);
    await writeFile(path.join(dir, `${bucket}.json`), json);
  }
  for (const name of await readdir(dir)) {
    const bucket = Number(name.replace(/\.json$/, ""));
    if (!(Number.isInteger(bucket) && bucket < count))
      await rm(path.join(dir, name), { force: true });
  }
  return { dir: ROUTE_DIRECTORY, buckets: count, words: shardsOf.size, bytes };
}
