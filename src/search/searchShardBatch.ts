import {
  searchArchive,
  type ArchiveQuery,
  type PagefindApi,
  type PagefindResult,
} from "./searchArchive.ts";

/**
 * The results of a query in some shards of a merged Pagefind index only, in the order asked
 * for; `batch` is in search order (newest first, or oldest first for `sort: "oldest"`). When the
 * index holds no other shard one search does; otherwise each shard is searched under its shard
 * filter and relevance results are merged by score, as Pagefind itself merges its indexes.
 * @example await searchShardBatch(pagefind, { query: "حكومة" }, batch, { shardFilter: "shard", wholeIndex: false })
 */
export async function searchShardBatch<Data>(
  pagefind: PagefindApi<Data>,
  query: ArchiveQuery,
  batch: readonly { name: string }[],
  options: { shardFilter: string; wholeIndex: boolean },
): Promise<PagefindResult<Data>[]> {
  const sort = query.sort ?? "relevance";
  if (options.wholeIndex) {
    // searchArchive walks shards oldest first for a date sort.
    const oldestFirst = sort === "oldest" ? batch : [...batch].reverse();
    return searchArchive(pagefind, query, {
      shards: oldestFirst,
      shardFilter: options.shardFilter,
    });
  }
  const perShard = await Promise.all(
    batch.map((shard) =>
      searchArchive(pagefind, {
        ...query,
        filters: { ...query.filters, [options.shardFilter]: shard.name },
      }),
    ),
  );
  const results = perShard.flat();
  return sort === "relevance" ? results.sort((a, b) => b.score - a.score) : results;
}
