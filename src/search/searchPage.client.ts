/**
 * The search page: reads `?q=` (filters, sort, `from`/`to` dates) from the URL, searches the
 * sharded Pagefind index with the Arabic-normalized query and shows the article results, the
 * ticker headlines as a compact group of their own and a per-year chart of the results.
 * Bundled by esbuild into one same-origin file: no inline script or style, no eval, no blob:
 * worker, so it runs under `script-src 'self' 'wasm-unsafe-eval'`.
 *
 * With a budget, a search starts with the newest shards holding that many records (the oldest
 * for sort=oldest) and offers the next batch once the reader has seen its results.
 *
 * Markup it expects (templates/search.njk; see the README's Search section):
 *   <div data-search-app data-pagefind-bundle="/prefix/pagefind/" data-site-base="/prefix/"
 *        data-search-budget="5000">   (optional: records per batch, newest first; 0 or absent: all)
 *     <form data-search-form> <input name="q"> <select name="newspaper|year|kind" data-search-filter>
 *       <input type="date" name="from|to" data-search-date> <select name="sort"> </form>
 *     <p data-search-status aria-live="polite"></p> <figure data-search-years hidden></figure>
 *     <section data-search-headlines hidden><h2></h2><ol></ol>
 *       <button data-search-headlines-more hidden></button></section>   (optional)
 *     <ol data-search-results></ol> <button type="button" data-search-more hidden>…</button>
 *     <button type="button" data-search-next hidden>…</button>   (searches the next batch)
 *   </div>
 */
import { chooseShards, type ShardBatchOptions } from "./chooseShards.ts";
import { bundleBucketFetcher, chooseQueryShards } from "./chooseQueryShards.ts";
import { highlightTermsOf } from "./highlightTerms.ts";
import { hasDateRange, parseDateRange, yearsInDateRange } from "./parseDateRange.ts";
import { renderHeadlineGroup } from "./renderHeadlineGroup.ts";
import { collapseStoryVersions, withStoryUnder } from "./collapseStoryVersions.ts";
import { renderSearchResult, type ResultData } from "./renderSearchResult.ts";
import { renderYearChart } from "./renderYearChart.ts";
import type { ArchiveSort, PagefindResult } from "./searchArchive.ts";
import {
  fillFilterSelects,
  foldOptionsOnPhones,
  formParams,
  keepInForm,
  setUpDateInputs,
} from "./searchPageForm.ts";
import {
  createShardedIndex,
  readManifest,
  type ShardSearch,
  type ShardsManifest,
} from "./searchPageIndex.ts";
import { countResultsByYear, findPageResults, type RunSearch } from "./searchPageResults.ts";
import { nextBatchLabel, searchStatusText } from "./searchProgressText.ts";
import { searchShardBatch } from "./searchShardBatch.ts";
import { shardsHoldingEveryWord } from "./shardsHoldingEveryWord.ts";
import { yearChartModel } from "./yearChartModel.ts";

const PAGE_SIZE = 10;
const HEADLINES_FIRST = 3;
const HEADLINES_MORE = 10;
const SHARD_FILTER = "shard";
const SORTS: readonly ArchiveSort[] = ["relevance", "newest", "oldest"];

type Result = PagefindResult<ResultData>;
type Shard = ShardsManifest["shards"][number];

/** Links to the same search over the whole archive at once, for a full relevance ranking. */
function appendSearchEverywhereLink(status: HTMLElement): void {
  const everywhere = new URL(window.location.href);
  everywhere.searchParams.set("all", "1");
  const link = status.ownerDocument.createElement("a");
  link.href = everywhere.pathname + everywhere.search;
  link.textContent = "ابحث في الأرشيف كله";
  status.append(" ", link);
}

/** The dated years some shards hold, oldest first. */
function yearsOf(shards: readonly Shard[]): string[] {
  const years = new Set(shards.flatMap((shard) => Object.keys(shard.years)));
  years.delete("undated");
  return [...years].sort();
}

/** Writes the query into every search box (the header's too): both show what was searched. */
function showQuery(query: string): void {
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="q"]')) {
    input.value = query;
  }
}

function required<Element extends HTMLElement>(app: HTMLElement, selector: string): Element {
  const element = app.querySelector<Element>(selector);
  if (!element) throw new Error(`the search page markup has no ${selector}`);
  return element;
}

async function runSearchPage(app: HTMLElement): Promise<void> {
  const form = required<HTMLFormElement>(app, "form[data-search-form]");
  const status = required(app, "[data-search-status]");
  const list = required(app, "[data-search-results]");
  const more = app.querySelector<HTMLButtonElement>("[data-search-more]");
  const next = app.querySelector<HTMLButtonElement>("[data-search-next]");
  const headlineGroup = app.querySelector<HTMLElement>("[data-search-headlines]");
  const headlinesMore = app.querySelector<HTMLButtonElement>("[data-search-headlines-more]");
  const chart = app.querySelector<HTMLElement>("[data-search-years]");
  const refine = form.querySelector<HTMLDetailsElement>("details[data-search-refine]");
  if (refine) foldOptionsOnPhones(refine, new URLSearchParams(location.search));
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]');
  sortSelect?.addEventListener("change", () => form.requestSubmit());

  const bundleUrl = new URL(app.dataset.pagefindBundle ?? "/pagefind/", document.baseURI).href;
  const siteBase = app.dataset.siteBase ?? "/";
  const budget = Number(app.dataset.searchBudget);
  status.textContent = "جارٍ تحميل البحث…";
  // At once, before anything loads: the boxes show the query by the time the page has loaded.
  showQuery(new URLSearchParams(location.search).get("q")?.trim() ?? "");
  const manifest = await readManifest(bundleUrl);
  setUpDateInputs(form, manifest);
  const fetchBucket = bundleBucketFetcher(bundleUrl, manifest.routing);

  // pagefind.js is loaded once and each shard opened once; each search runs over exactly the
  // shards it searches (later batches add theirs), so it never pays for shards an earlier query
  // needed, and the page's memory stops growing once its shards are open.
  const index = createShardedIndex(bundleUrl, siteBase, { runtime: manifest.runtime });
  let filled: Promise<void> | undefined;
  const indexFor = async (shards: readonly Shard[], how: "open" | "load"): Promise<ShardSearch> => {
    const pagefind = await (how === "open" ? index.open(shards) : index.load(shards));
    // Once, from the first batch: a select the page does not list comes from its shards.
    filled ??= fillFilterSelects(
      form,
      () => pagefind.filters(),
      manifest,
      new URLSearchParams(location.search),
    );
    await filled;
    return pagefind;
  };
  const names = (shards: readonly Shard[]) => shards.map((shard) => shard.name);

  // A search the reader has moved on from (a newer one started) stops at its next step and draws
  // nothing: each step below checks `run !== latest` after every wait.
  let latest = 0;
  const show = async (params: URLSearchParams): Promise<void> => {
    const run = ++latest;
    try {
      await searchAndShow(run, params);
    } catch (error) {
      // An error of a search already superseded is not the reader's: it is abandoned quietly.
      if (run === latest) throw error;
    }
  };
  const searchAndShow = async (run: number, params: URLSearchParams): Promise<void> => {
    const query = params.get("q")?.trim() ?? "";
    showQuery(query);
    const sortParam = params.get("sort") as ArchiveSort | null;
    const sort = sortParam && SORTS.includes(sortParam) ? sortParam : "relevance";
    if (sortSelect) sortSelect.value = sort;
    const range = parseDateRange(params);
    for (const input of form.querySelectorAll<HTMLInputElement>("input[data-search-date]")) {
      input.value = range[input.name as "from" | "to"] ?? "";
    }
    const everything = params.get("all") === "1";
    if (everything && !form.querySelector('input[name="all"]')) keepInForm(form, "all", "1");

    const walk: ShardBatchOptions = {
      year: params.get("year") ?? undefined,
      budget: everything || !(budget > 0) ? 0 : budget,
      sort,
    };
    // Only the shards that can match every word of the query (all of them without a directory).
    const routed =
      query === ""
        ? { candidates: manifest.shards, wordForms: undefined }
        : await chooseQueryShards(manifest, query, walk, fetchBucket);
    const { wordForms } = routed;
    if (run !== latest) return;
    // A date range also leaves out the shards that hold none of its years (and the undated ones).
    const candidates = hasDateRange(range)
      ? routed.candidates.filter(
          (shard) => yearsInDateRange(Object.keys(shard.years), range).length > 0,
        )
      : routed.candidates;
    const firstBatch = chooseShards(candidates, walk).load;
    // One ranking over the whole archive (no batches): only the shards where one page holds
    // every word are ranked; the others could only add pages the word-form check drops, so the
    // results are the same, and a long query of common words skips most shards' index chunks.
    const searched =
      walk.budget === 0
        ? await shardsHoldingEveryWord(firstBatch, wordForms, (shard) => index.open([shard]))
        : [...firstBatch];
    if (run !== latest) return;
    // The next batch starts after every shard searched or ruled out.
    const ruledOut = names(firstBatch.filter((shard) => !searched.includes(shard)));
    const batchAfterSearched = () =>
      chooseShards(candidates, { ...walk, searched: [...names(searched), ...ruledOut] });
    if (searched.length === 0 && query !== "") {
      // No shard can match: say so without loading any index.
      list.replaceChildren();
      for (const part of [more, next, headlineGroup, chart]) if (part) part.hidden = true;
      status.textContent = searchStatusText({
        query,
        count: 0,
        searched: [],
        complete: true,
        range,
      });
      return;
    }
    /** Puts the params' filters in the form and clears the last results; returns the filters. */
    const startShowing = (): Record<string, string> => {
      const filters: Record<string, string> = {};
      for (const select of form.querySelectorAll<HTMLSelectElement>("select[data-search-filter]")) {
        select.value = params.get(select.name) ?? "";
        if (select.value) filters[select.name] = select.value;
      }
      list.replaceChildren();
      for (const part of [more, next, headlineGroup, chart]) if (part) part.hidden = true;
      return filters;
    };
    if (query === "") {
      // Nothing to search: an index is opened only when a filter select the page left empty
      // needs values (from every shard), not to show an empty form.
      filled ??= fillFilterSelects(
        form,
        async () => (await index.open(manifest.shards)).filters(),
        manifest,
        new URLSearchParams(location.search),
      );
      await filled;
      if (run !== latest) return;
      startShowing();
      status.textContent = "اكتب كلمة أو أكثر للبحث في الأرشيف.";
      return;
    }
    // Batches an earlier search already merged cost no metadata to search: take them along.
    let following = batchAfterSearched();
    while (following.load.length > 0 && following.load.every((shard) => index.holds(shard))) {
      searched.push(...following.load);
      following = batchAfterSearched();
    }
    let pagefind = await indexFor(searched, "open");
    // Before the form is touched: a superseded search must not put its filters back in it.
    if (run !== latest) return;
    const filters = startShowing();
    status.textContent = "جارٍ البحث…";

    /** Searches some of the loaded shards (in the order a sort needs) for this query. */
    const searchIn =
      (shards: readonly Shard[]): RunSearch<ResultData> =>
      (searchFilters, searchSort) =>
        searchShardBatch(
          pagefind,
          { query, filters: searchFilters, sort: searchSort, wordForms },
          // chooseShards takes shards in the manifest's order (oldest first) and puts them in
          // the order this sort walks them.
          chooseShards(
            manifest.shards.filter((shard) => shards.includes(shard)),
            { sort: searchSort },
          ).load,
          { shardFilter: SHARD_FILTER, wholeIndex: pagefind.shards.length === shards.length },
        );
    const grouped = headlineGroup !== null;
    const findIn = (shards: readonly Shard[]) =>
      findPageResults(shards, searchIn, { filters, sort, range, grouped });
    const found = await findIn(searched);
    if (run !== latest) return;
    const articles: Result[] = found.articles;
    const headlines: Result[] = found.headlines;
    const keptIds = found.kept ? new Set(found.kept) : undefined;
    // Ticker headlines are their own group, unless the reader asked for headlines only.
    const headlinesInList = filters.kind === "headline" || !grouped;
    const listed = headlinesInList ? [...articles, ...headlines] : articles;

    const terms = highlightTermsOf(query);
    let shown = 0;
    let headlinesShown = 0;
    const storiesShown = new Set<string>();
    const update = (): void => {
      const complete = following.load.length === 0;
      status.textContent = searchStatusText({
        query,
        count: articles.length + headlines.length,
        searched,
        complete,
        range,
        kinds: grouped ? { articles: articles.length, headlines: headlines.length } : undefined,
      });
      if (!complete) appendSearchEverywhereLink(status);
      if (more) more.hidden = shown >= listed.length;
      if (next) {
        // The next batch is offered once this one's results have all been shown.
        next.hidden = complete || shown < listed.length;
        if (!complete) next.textContent = nextBatchLabel(following.load, sort);
      }
    };
    const showMore = async (): Promise<void> => {
      // A story's versions collapse into its best-ranked one: read on until a page is full.
      let rendered = 0;
      while (rendered < PAGE_SIZE && shown < listed.length) {
        const page = listed.slice(shown, shown + PAGE_SIZE - rendered);
        shown += page.length;
        const data = await Promise.all(page.map((result) => result.data()));
        if (run !== latest) return;
        for (const item of collapseStoryVersions(data, storiesShown)) {
          renderSearchResult(list, withStoryUnder(siteBase, item), terms, query);
          rendered += 1;
        }
      }
      update();
    };
    const showHeadlines = async (count: number): Promise<void> => {
      if (!headlineGroup || headlinesInList) return;
      headlinesShown = Math.min(headlines.length, Math.max(headlinesShown, count));
      const data = await Promise.all(
        headlines.slice(0, headlinesShown).map((result) => result.data()),
      );
      if (run !== latest) return;
      renderHeadlineGroup(headlineGroup, data, headlines.length, terms, query);
      if (headlinesMore) headlinesMore.hidden = headlinesShown >= headlines.length;
    };
    const showYears = async (): Promise<void> => {
      if (!chart) return;
      const years = hasDateRange(range)
        ? yearsInDateRange(yearsOf(searched), range)
        : yearsOf(searched);
      // Over all the searched shards at once: a search of a subset would need the `shard`
      // filter, one more filter chunk per shard to download.
      const counts = await countResultsByYear(searchIn(searched), filters, years, keptIds);
      if (run !== latest) return;
      renderYearChart(chart, yearChartModel(counts, params.get("year") ?? undefined), (year) => {
        const filtered = new URLSearchParams(params);
        filtered.set("year", year);
        return `${location.pathname}?${filtered}`;
      });
    };
    // Not `disabled`: that would take the keyboard focus off the button the reader pressed.
    let loadingNext = false;
    const searchNextBatch = async (): Promise<void> => {
      if (loadingNext) return;
      loadingNext = true;
      const batch = following.load;
      status.textContent = "جارٍ البحث…";
      let added: Awaited<ReturnType<typeof findIn>>;
      try {
        pagefind = await indexFor(batch, "load");
        added = await findIn(batch);
      } finally {
        loadingNext = false;
      }
      if (run !== latest) return;
      searched.push(...batch);
      following = batchAfterSearched();
      for (const id of added.kept ?? []) keptIds?.add(id);
      articles.push(...added.articles);
      headlines.push(...added.headlines);
      if (headlinesInList) listed.push(...added.articles, ...added.headlines);
      else listed.push(...added.articles);
      const firstNew = list.children.length;
      await Promise.all([showMore(), showHeadlines(HEADLINES_FIRST), showYears()]);
      // The button the reader pressed is gone once new results show: focus the first of them.
      if (next?.hidden) list.children[firstNew]?.querySelector("a")?.focus();
    };
    if (more) more.onclick = () => void showMore().catch(fail);
    if (next) next.onclick = () => void searchNextBatch().catch(fail);
    if (headlinesMore) {
      headlinesMore.onclick = () => {
        const firstNew = headlinesShown;
        void showHeadlines(headlinesShown + HEADLINES_MORE)
          .then(() => headlineGroup?.querySelectorAll<HTMLAnchorElement>("li a")[firstNew]?.focus())
          .catch(fail);
      };
    }
    await Promise.all([showMore(), showHeadlines(HEADLINES_FIRST)]);
    await showYears();
  };

  const fail = (error: unknown): void => {
    status.textContent = "تعذّر تحميل البحث.";
    console.error(error);
  };
  const navigate = (params: URLSearchParams): Promise<void> => {
    window.history.pushState(null, "", `${window.location.pathname}?${params}`);
    return show(params);
  };
  // A new search or filter stays on the page (the URL still changes, so it can be shared).
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    navigate(formParams(form)).catch(fail);
  });
  // A bar of the year chart filters to its year the same way, and keeps the focus on its bar.
  chart?.addEventListener("click", (event) => {
    const bar = (event.target as Element | null)?.closest<HTMLAnchorElement>("a[data-year]");
    if (!bar || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const year = bar.dataset.year ?? "";
    navigate(new URL(bar.href).searchParams)
      .then(() => chart.querySelector<HTMLElement>(`a[data-year="${year}"]`)?.focus())
      .catch(fail);
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
