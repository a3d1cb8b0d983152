/** A shard as listed in the bundle's `shards.json`. */
export interface ShardListing {
  name: string;
  path: string;
  pages: number;
  headlines: number;
  /** Records per year (`undated` for undated articles). */
  years: Record<string, number>;
}

export interface ShardChoice<Shard extends ShardListing> {
  /** Shards to load, newest first: the first one becomes Pagefind's primary index. */
  load: Shard[];
  /** True when some shards were left out, so the results may miss older records. */
  partial: boolean;
}

/**
 * Which shards a search loads. Each shard costs the first query its metadata (≈10 bytes per
 * record) and every query one index chunk, so a year filter loads only the shards holding that
 * year, and with a `budget` (records) a plain search starts with the newest shards that fit.
 * @example chooseShards(manifest.shards, { budget: 20_000 })
 */
export function chooseShards<Shard extends ShardListing>(
  shards: readonly Shard[],
  options: { year?: string; budget?: number },
): ShardChoice<Shard> {
  const newestFirst = [...shards].reverse();
  if (options.year) {
    const year = options.year;
    const load = newestFirst.filter((shard) => (shard.years[year] ?? 0) > 0);
    return { load: load.length > 0 ? load : newestFirst.slice(0, 1), partial: false };
  }
  if (options.budget === undefined) return { load: newestFirst, partial: false };
  // Undated shards sort last in the manifest; they join only a full search.
  const dated = newestFirst.filter(
    (shard) => !("undated" in shard.years && Object.keys(shard.years).length === 1),
  );
  const load: Shard[] = [];
  let records = 0;
  for (const shard of dated) {
    const size = shard.pages + shard.headlines;
    if (load.length > 0 && records + size > options.budget) break;
    load.push(shard);
    records += size;
  }
  return { load, partial: load.length < shards.length };
}
