/** A shard as listed in the bundle's `shards.json`. */
export interface ShardListing {
  name: string;
  path: string;
  pages: number;
  headlines: number;
  /** Records per year (`undated` for undated articles). */
  years: Record<string, number>;
}

export interface ShardBatchOptions {
  /** A year filter: only the shards holding that year are searched. @example "2017" */
  year?: string;
  /** Records (pages and headlines) per batch; undefined or 0 searches everything in one batch. */
  budget?: number;
  /** `oldest` walks the archive from its oldest shards; any other sort from the newest. */
  sort?: string;
  /** Names of the shards this search has already searched (the earlier batches). */
  searched?: readonly string[];
}

export interface ShardBatch<Shard extends ShardListing> {
  /** The next shards to search, in search order; empty when the search has covered everything. */
  load: Shard[];
  /** Shards later batches would search, in search order; empty when this batch is the last. */
  remaining: Shard[];
}

const isUndated = (shard: ShardListing): boolean =>
  Object.keys(shard.years).length > 0 && Object.keys(shard.years).every((y) => y === "undated");

/**
 * The next batch of shards a search loads. Each shard costs the first query its metadata (≈10
 * bytes per record) and every query one index chunk per word, so a search starts with the
 * newest shards that fit the `budget` (the oldest for `sort: "oldest"`), and each later batch
 * continues from the shards already `searched`; undated shards come last either way, and a year
 * filter walks only that year's shards. A batch holds at least one shard.
 * @example chooseShards(manifest.shards, { budget: 5000, searched: ["2025"] })
 */
export function chooseShards<Shard extends ShardListing>(
  shards: readonly Shard[],
  options: ShardBatchOptions,
): ShardBatch<Shard> {
  // shards.json lists shards oldest first, undated last.
  const dated = shards.filter((shard) => !isUndated(shard));
  const undated = shards.filter(isUndated);
  const inOrder = [...(options.sort === "oldest" ? dated : [...dated].reverse()), ...undated];
  const year = options.year;
  const candidates = year ? inOrder.filter((shard) => (shard.years[year] ?? 0) > 0) : inOrder;
  const searched = new Set(options.searched ?? []);
  if (candidates.length === 0) {
    // A year no shard holds: one shard still opens the index, so the page can say "no results".
    const first = inOrder[0];
    return { load: first && searched.size === 0 ? [first] : [], remaining: [] };
  }
  const unsearched = candidates.filter((shard) => !searched.has(shard.name));
  const budget = options.budget ?? 0;
  if (budget <= 0) return { load: unsearched, remaining: [] };

  let records = 0;
  let count = 0;
  for (const shard of unsearched) {
    const size = shard.pages + shard.headlines;
    if (count > 0 && records + size > budget) break;
    records += size;
    count += 1;
  }
  return { load: unsearched.slice(0, count), remaining: unsearched.slice(count) };
}
