/**
 * The search page: reads `?q=` (and filters, sort) from the URL, searches the sharded Pagefind
 * index with the Arabic-normalized query and lists results with the original text highlighted.
 * Bundled by esbuild into one same-origin file: no inline script, no eval, no blob: worker, so it
 * runs under `script-src 'self' 'wasm-unsafe-eval'`.
 *
 * With a budget, a search starts with the newest shards holding that many records (the oldest
 * for sort=oldest) and offers the next batch once the reader has seen its results, so the first
 * query costs the same whatever the size of the archive.
 *
 * Markup it expects (see the README's Search section):
 *   <div data-search-app data-pagefind-bundle="/prefix/pagefind/" data-site-base="/prefix/"
 *        data-search-budget="5000">   (optional: records per batch, newest first; 0 or absent: all)
 *     <form data-search-form> <input name="q"> <select name="newspaper" data-search-filter>
 *       <select name="year" data-search-filter> <select name="sort"> </form>
 *     <p data-search-status aria-live="polite"></p> <ol data-search-results></ol>
 *     <button type="button" data-search-more hidden>…</button>
 *     <button type="button" data-search-next hidden>…</button>   (searches the next batch)
 *   </div>
 */
import { chooseShards, type ShardBatchOptions, type ShardListing } from "./chooseShards.ts";
import { bundleBucketFetcher, chooseQueryShards } from "./chooseQueryShards.ts";
import type { RouteDirectory } from "./routeTerms.ts";
import { highlightTermsOf } from "./highlightTerms.ts";
import { FILTER_LABELS, renderSearchResult, type ResultData } from "./renderSearchResult.ts";
import type { ArchiveSort, PagefindApi, PagefindResult } from "./searchArchive.ts";
import { nextBatchLabel, searchStatusText } from "./searchProgressText.ts";
import { searchShardBatch } from "./searchShardBatch.ts";

interface PagefindModule extends PagefindApi<ResultData> {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface ShardsManifest {
  shards: ShardListing[];
  /** The term → shards directory (see chooseQueryShards). */
  routing?: RouteDirectory;
}

const PAGE_SIZE = 10;
const SHARD_FILTER = "shard";
const SORTS: readonly ArchiveSort[] = ["relevance", "newest", "oldest"];

async function readManifest(bundleUrl: string): Promise<ShardsManifest> {
  const response = await fetch(new URL("shards.json", bundleUrl));
  if (!response.ok) throw new Error(`shards.json: HTTP ${response.status}`);
  return (await response.json()) as ShardsManifest;
}

/** Loads one shard's pagefind.js: the Pagefind instance every other shard is merged into. */
async function openIndex(
  bundleUrl: string,
  siteBase: string,
  primary: ShardListing,
): Promise<PagefindModule> {
  const primaryUrl = new URL(primary.path, bundleUrl).href;
  const pagefind = (await import(/* @vite-ignore */ `${primaryUrl}pagefind.js`)) as PagefindModule;
  // noWorker: search on the page itself, which saves loading pagefind-worker.js (≈43 kB).
  await pagefind.options({ basePath: primaryUrl, baseUrl: siteBase, noWorker: true });
  return pagefind;
}

/** Options for a filter select: years from the manifest (every shard), others from Pagefind. */
function filterValues(
  name: string,
  manifest: ShardsManifest,
  loaded: Record<string, Record<string, number>>,
): string[] {
  if (name === "year") {
    const years = new Set(manifest.shards.flatMap((shard) => Object.keys(shard.years)));
    years.delete("undated");
    return [...years].sort((a, b) => b.localeCompare(a));
  }
  return Object.keys(loaded[name] ?? {}).sort((a, b) => a.localeCompare(b, "ar"));
}

async function fillFilterSelects(
  form: HTMLFormElement,
  pagefind: PagefindModule,
  manifest: ShardsManifest,
  params: URLSearchParams,
): Promise<void> {
  const selects = [...form.querySelectorAll<HTMLSelectElement>("select[data-search-filter]")];
  // A select the page already lists values for (the site renders newspapers and kinds) is kept:
  // asking Pagefind for filter values downloads every filter chunk of every shard.
  const toFill = selects.filter((select) => select.options.length <= 1);
  const loaded = toFill.some((select) => select.name !== "year") ? await pagefind.filters() : {};
  for (const select of selects) {
    const values = toFill.includes(select) ? filterValues(select.name, manifest, loaded) : [];
    for (const value of values) {
      const option = select.ownerDocument.createElement("option");
      option.value = value;
      option.textContent = FILTER_LABELS[select.name]?.[value] ?? value;
      select.append(option);
    }
    select.value = params.get(select.name) ?? "";
    select.addEventListener("change", () => form.requestSubmit());
  }
}

/** Carries a URL parameter through the next submit of the form (a filter or sort change). */
function keepInForm(form: HTMLFormElement, name: string, value: string): void {
  const input = form.ownerDocument.createElement("input");
  input.type = "hidden";
  input.name = name;
  input.value = value;
  form.append(input);
}

/** Links to the same search over the whole archive at once, for a full relevance ranking. */
function appendSearchEverywhereLink(status: HTMLElement): void {
  const everywhere = new URL(window.location.href);
  everywhere.searchParams.set("all", "1");
  const link = status.ownerDocument.createElement("a");
  link.href = everywhere.pathname + everywhere.search;
  link.textContent = "ابحث في الأرشيف كله";
  status.append(" ", link);
}

/** The form's current values as URL parameters (empty values left out). */
function formParams(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value.trim() !== "") params.set(name, value.trim());
  }
  return params;
}

async function runSearchPage(app: HTMLElement): Promise<void> {
  const form = app.querySelector<HTMLFormElement>("form[data-search-form]");
  const status = app.querySelector<HTMLElement>("[data-search-status]");
  const list = app.querySelector<HTMLElement>("[data-search-results]");
  const more = app.querySelector<HTMLButtonElement>("[data-search-more]");
  if (!form || !status || !list) throw new Error("the search page markup is incomplete");
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]');
  sortSelect?.addEventListener("change", () => form.requestSubmit());

  const next = app.querySelector<HTMLButtonElement>("[data-search-next]");
  const bundleUrl = new URL(app.dataset.pagefindBundle ?? "/pagefind/", document.baseURI).href;
  const siteBase = app.dataset.siteBase ?? "/";
  const budget = Number(app.dataset.searchBudget);
  status.textContent = "جارٍ تحميل البحث…";
  const manifest = await readManifest(bundleUrl);
  const fetchBucket = bundleBucketFetcher(bundleUrl, manifest.routing);

  // One Pagefind instance for the page's life: later batches and searches merge in the shards
  // they add, so they download index chunks only, not pagefind.js and its wasm again.
  let opening: Promise<PagefindModule> | undefined;
  const merges = new Map<string, Promise<void>>();
  let filled: Promise<void> | undefined;
  const indexFor = async (shards: readonly ShardListing[]): Promise<PagefindModule> => {
    const [primary] = shards;
    if (!opening) {
      if (!primary) throw new Error("shards.json lists no shard");
      opening = openIndex(bundleUrl, siteBase, primary);
      merges.set(
        primary.path,
        opening.then(() => undefined),
      );
    }
    const index = await opening;
    await Promise.all(
      shards.map((shard) => {
        // Two overlapping searches must not merge a shard twice (its results would double).
        let merge = merges.get(shard.path);
        if (!merge) {
          merge = index.mergeIndex(new URL(shard.path, bundleUrl).href, { baseUrl: siteBase });
          merges.set(shard.path, merge);
        }
        return merge;
      }),
    );
    // Once, from the first batch: a select the page does not list comes from its shards.
    filled ??= fillFilterSelects(
      form,
      index,
      manifest,
      new URLSearchParams(window.location.search),
    );
    await filled;
    return index;
  };
  const names = (shards: readonly ShardListing[]) => shards.map((shard) => shard.name);

  let latest = 0;
  const show = async (params: URLSearchParams): Promise<void> => {
    const run = ++latest;
    const query = params.get("q")?.trim() ?? "";
    // The header's search box too: both show what was searched.
    for (const input of document.querySelectorAll<HTMLInputElement>('input[name="q"]')) {
      input.value = query;
    }
    const sortParam = params.get("sort") as ArchiveSort | null;
    const sort = sortParam && SORTS.includes(sortParam) ? sortParam : "relevance";
    if (sortSelect) sortSelect.value = sort;
    const everything = params.get("all") === "1";
    if (everything && !form.querySelector('input[name="all"]')) keepInForm(form, "all", "1");

    const walk: ShardBatchOptions = {
      year: params.get("year") ?? undefined,
      budget: everything || !(budget > 0) ? 0 : budget,
      sort,
    };
    // Only the shards that can match every word of the query (all of them without a directory).
    // An empty query needs no index beyond one shard, which fills the filters.
    const routed =
      query === ""
        ? { load: manifest.shards.slice(0, 1), remaining: [], candidates: manifest.shards }
        : await chooseQueryShards(manifest, query, walk, fetchBucket);
    const searched = routed.load;
    if (run !== latest) return;
    if (searched.length === 0 && query !== "") {
      list.replaceChildren();
      if (more) more.hidden = true;
      if (next) next.hidden = true;
      status.textContent = searchStatusText({ query, count: 0, searched: [], complete: true });
      return;
    }
    const batchAfterSearched = () =>
      chooseShards(routed.candidates, { ...walk, searched: names(searched) });
    let index = await indexFor(searched.length > 0 ? searched : manifest.shards.slice(0, 1));
    // Batches an earlier search already merged cost nothing more to search: take them along.
    let following = batchAfterSearched();
    while (following.load.length > 0 && following.load.every((s) => merges.has(s.path))) {
      searched.push(...following.load);
      index = await indexFor(following.load);
      following = batchAfterSearched();
    }
    const filters: Record<string, string> = {};
    for (const select of form.querySelectorAll<HTMLSelectElement>("select[data-search-filter]")) {
      select.value = params.get(select.name) ?? "";
      if (select.value) filters[select.name] = select.value;
    }
    if (run !== latest) return;
    list.replaceChildren();
    if (more) more.hidden = true;
    if (next) next.hidden = true;
    if (query === "") {
      status.textContent = "اكتب كلمة أو أكثر للبحث في الأرشيف.";
      return;
    }
    status.textContent = "جارٍ البحث…";
    const search = { query, filters, sort };
    const results = await searchShardBatch(index, search, searched, {
      shardFilter: SHARD_FILTER,
      wholeIndex: merges.size === searched.length,
    });
    if (run !== latest) return;

    const terms = highlightTermsOf(query);
    let shown = 0;
    const update = (): void => {
      const complete = following.load.length === 0;
      status.textContent = searchStatusText({ query, count: results.length, searched, complete });
      if (!complete) appendSearchEverywhereLink(status);
      if (more) more.hidden = shown >= results.length;
      if (next) {
        // The next batch is offered once this one's results have all been shown.
        next.hidden = complete || shown < results.length;
        if (!complete) next.textContent = nextBatchLabel(following.load, sort);
      }
    };
    const showMore = async (): Promise<void> => {
      const page: PagefindResult<ResultData>[] = results.slice(shown, shown + PAGE_SIZE);
      shown += page.length;
      const data = await Promise.all(page.map((result) => result.data()));
      if (run !== latest) return;
      for (const item of data) renderSearchResult(list, item, terms, query);
      update();
    };
    // Not `disabled`: that would take the keyboard focus off the button the reader pressed.
    let loadingNext = false;
    const searchNextBatch = async (): Promise<void> => {
      if (loadingNext) return;
      loadingNext = true;
      const batch = following.load;
      status.textContent = "جارٍ البحث…";
      let found: PagefindResult<ResultData>[];
      try {
        const merged = await indexFor(batch);
        found = await searchShardBatch(merged, search, batch, {
          shardFilter: SHARD_FILTER,
          wholeIndex: merges.size === batch.length,
        });
      } finally {
        loadingNext = false;
      }
      if (run !== latest) return;
      searched.push(...batch);
      following = batchAfterSearched();
      results.push(...found);
      const firstNew = list.children.length;
      await showMore();
      // The button the reader pressed is gone once new results show: focus the first of them.
      if (next?.hidden) list.children[firstNew]?.querySelector("a")?.focus();
    };
    if (more) more.onclick = () => void showMore().catch(fail);
    if (next) next.onclick = () => void searchNextBatch().catch(fail);
    await showMore();
  };

  const fail = (error: unknown): void => {
    status.textContent = "تعذّر تحميل البحث.";
    console.error(error);
  };
  // A new search or filter stays on the page (the URL still changes, so it can be shared).
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const params = formParams(form);
    window.history.pushState(null, "", `${window.location.pathname}?${params}`);
    show(params).catch(fail);
  });
  window.addEventListener("popstate", () => {
    show(new URLSearchParams(window.location.search)).catch(fail);
  });
  await show(new URLSearchParams(window.location.search));
}

const app = document.querySelector<HTMLElement>("[data-search-app]");
if (app) {
  runSearchPage(app).catch((error: unknown) => {
    const status = app.querySelector<HTMLElement>("[data-search-status]");
    if (status) status.textContent = "تعذّر تحميل البحث.";
    console.error(error);
  });
}
