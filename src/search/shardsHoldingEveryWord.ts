/**
 * Narrows a query's routed shards to those where one page holds every checked word, before the
 * query is ranked. The term → shards directory says which shards hold each word; a query of many
 * common words still routes to nearly every shard, but its words meet in the same page in only a
 * few. Pagefind searches each merged index on its own (a result's score uses only its own
 * index's statistics, and the merged list is every index's results sorted by score, a stable
 * sort), so a shard left out because none of its pages holds every word changes neither the
 * results nor their order: it only saves that shard's index chunks of the other words, of the
 * exact-form search and of the word-form check.
 */
import type { ShardListing } from "./chooseShards.ts";
import { MAX_CHECKED_FORMS, pagesOfWord, type PagefindApi } from "./searchArchive.ts";

/**
 * The query words worth checking shard by shard, rarest first by a cheap guess (fewer listed
 * forms, then longer): those whose listed forms `searchArchive` checks one by one. A word it
 * leaves to Pagefind's own matching (no listed form, or more than `MAX_CHECKED_FORMS`) is not
 * checked here, so it never leaves a shard out.
 */
export function checkedWordsRarestFirst(
  wordForms: ReadonlyMap<string, readonly string[]>,
): [string, readonly string[]][] {
  return [...wordForms]
    .filter(([, forms]) => forms.length > 0 && forms.length <= MAX_CHECKED_FORMS)
    .sort(([a, formsA], [b, formsB]) => formsA.length - formsB.length || b.length - a.length);
}

/** Whether some page of one shard holds every word (each through its listed forms), rarest first. */
async function holdsEveryWord<Data>(
  pagefind: PagefindApi<Data>,
  words: readonly [string, readonly string[]][],
): Promise<boolean> {
  let pages: Set<string> | undefined;
  for (const [word, forms] of words) {
    const found = await pagesOfWord(pagefind, word, forms, {});
    pages = pages ? new Set([...pages].filter((id) => found.has(id))) : found;
    if (pages.size === 0) return false;
  }
  return true;
}

/**
 * The shards, in their order, where some page holds every checked word of the query; each shard
 * is searched alone (`openShard`, all at once), word by word, until its pages run out. With fewer than two
 * checked words or a single shard, the shards as they are (nothing to gain).
 * @example await shardsHoldingEveryWord(chosen.load, chosen.wordForms, (shard) => index.open([shard]))
 */
export async function shardsHoldingEveryWord<Shard extends ShardListing, Data>(
  shards: readonly Shard[],
  wordForms: ReadonlyMap<string, readonly string[]> | undefined,
  openShard: (shard: Shard) => Promise<PagefindApi<Data>>,
): Promise<Shard[]> {
  const words = wordForms ? checkedWordsRarestFirst(wordForms) : [];
  if (words.length < 2 || shards.length < 2) return [...shards];
  const holding = await Promise.all(
    shards.map(async (shard) => holdsEveryWord(await openShard(shard), words)),
  );
  return shards.filter((_, at) => holding[at]);
}
