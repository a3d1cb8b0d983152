/**
 * Records (pages and headlines) per search shard. Small enough that a day of news re-indexes a few
 * seconds' worth and that two shards indexed at once stay far below 4 GB; large enough that a
 * search over the whole archive merges few.
 */
export const DEFAULT_SHARD_SIZE = 4_000;

/** Something to index: a page (by URL) or a headline (by its index), with its ISO date if any. */
export interface ShardEntry {
  id: string;
  /** `YYYY-MM-DD`; undefined for an undated article. */
  date?: string;
}

/** One Pagefind bundle of a sharded index. */
export interface SearchShardPlan {
  /** Folder name under the bundle's `shards/`, stable while its years stay the same. */
  name: string;
  entries: ShardEntry[];
  /** Date range of the entries; shards never overlap, so date order is shard order. */
  firstDate?: string;
  lastDate?: string;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size));
  }
  return chunks;
}

/** Runs of consecutive entries with the same key, in order. */
function runsBy(
  entries: readonly ShardEntry[],
  key: (entry: ShardEntry) => string,
): ShardEntry[][] {
  const runs: ShardEntry[][] = [];
  let last: string | undefined;
  for (const entry of entries) {
    const current = key(entry);
    const run = runs.at(-1);
    if (run && current === last) run.push(entry);
    else runs.push([entry]);
    last = current;
  }
  return runs;
}

// A year is cut at month boundaries, a month too big on its own at day boundaries.
const CALENDAR_UNITS = [
  (entry: ShardEntry) => entry.date?.slice(0, 7) ?? "",
  (entry: ShardEntry) => entry.date?.slice(0, 10) ?? "",
];

/**
 * Date-ordered entries cut into parts of at most `maxPerShard` at calendar boundaries: whole
 * months packed while they fit, a month too big on its own cut into whole days the same way, a day
 * too big on its own cut by count. A record added to an earlier month then changes only the part
 * holding that month (a cut by count would move one entry across every later boundary), unless
 * that part was within one record of full.
 */
function calendarParts(
  entries: readonly ShardEntry[],
  maxPerShard: number,
  units = CALENDAR_UNITS,
): ShardEntry[][] {
  const [unit, ...finer] = units;
  if (!unit) return chunk(entries, maxPerShard);
  const parts: ShardEntry[][] = [];
  let packed: ShardEntry[] = [];
  for (const run of runsBy(entries, unit)) {
    if (packed.length > 0 && packed.length + run.length > maxPerShard) {
      parts.push(packed);
      packed = [];
    }
    if (run.length > maxPerShard) parts.push(...calendarParts(run, maxPerShard, finer));
    else packed = packed.concat(run);
  }
  if (packed.length > 0) parts.push(packed);
  return parts;
}

function shardOf(name: string, entries: ShardEntry[]): SearchShardPlan {
  const dated = entries.filter((entry) => entry.date !== undefined);
  const shard: SearchShardPlan = { name, entries };
  if (dated.length > 0) {
    shard.firstDate = dated[0]?.date;
    shard.lastDate = dated[dated.length - 1]?.date;
  }
  return shard;
}

const byDateThenId = (a: ShardEntry, b: ShardEntry) =>
  (a.date ?? "").localeCompare(b.date ?? "") || a.id.localeCompare(b.id);

/**
 * Splits entries into shards of at most `maxPerShard`, in date order: consecutive years are
 * packed together and a year too big on its own is cut into date-ordered parts (see `yearParts`);
 * undated entries get their own shard. Keeping years and months whole means a day's news changes
 * only the shard of its month, one shard bounds Pagefind's indexing memory, and disjoint date
 * ranges let the search page sort by date shard after shard.
 * @example planSearchShards([{ id: "/articles/2017/10/x/", date: "2017-10-06" }], { maxPerShard: 10_000 })
 */
export function planSearchShards(
  entries: readonly ShardEntry[],
  options: {
    maxPerShard: number;
    /**
     * How a big year is cut: at month (then day) boundaries, for records that may arrive dated in
     * any earlier month (articles); or by count, into full parts, for records that only ever
     * arrive newest (ticker headlines, dated by their first scrape), where a cut by count never
     * moves and months would leave parts half full. @default "calendar"
     */
    yearParts?: "calendar" | "count";
  },
): SearchShardPlan[] {
  const { maxPerShard } = options;
  const cutYear =
    options.yearParts === "count"
      ? (yearEntries: ShardEntry[]) => chunk(yearEntries, maxPerShard)
      : (yearEntries: ShardEntry[]) => calendarParts(yearEntries, maxPerShard);
  const byYear = new Map<string, ShardEntry[]>();
  for (const entry of [...entries].sort(byDateThenId)) {
    const year = entry.date?.slice(0, 4) ?? "undated";
    const yearEntries = byYear.get(year);
    if (yearEntries) yearEntries.push(entry);
    else byYear.set(year, [entry]);
  }
  const undated = byYear.get("undated");
  byYear.delete("undated");

  const shards: SearchShardPlan[] = [];
  let packedYears: string[] = [];
  let packed: ShardEntry[] = [];
  const flush = () => {
    if (packed.length === 0) return;
    const first = packedYears[0];
    const last = packedYears[packedYears.length - 1];
    shards.push(shardOf(first === last ? `${first}` : `${first}-${last}`, packed));
    packedYears = [];
    packed = [];
  };
  for (const [year, yearEntries] of byYear) {
    if (yearEntries.length > maxPerShard) {
      flush();
      cutYear(yearEntries).forEach((part, index) =>
        shards.push(shardOf(`${year}-part${index + 1}`, part)),
      );
      continue;
    }
    if (packed.length + yearEntries.length > maxPerShard) flush();
    packedYears.push(year);
    packed = packed.concat(yearEntries);
  }
  flush();
  const undatedParts = chunk(undated ?? [], maxPerShard);
  undatedParts.forEach((part, index) =>
    shards.push(shardOf(undatedParts.length === 1 ? "undated" : `undated-part${index + 1}`, part)),
  );
  return shards;
}
