import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { launchChromium } from "../checks/launchChromium.ts";
import { createStaticServer } from "../preview/createStaticServer.ts";

/** What the browser fetched over the network for one search. */
export interface SearchDownload {
  query: string;
  /** Results the page reported. */
  results: number;
  /** Bytes received for every request of the step (headers and bodies, as Chromium counts them). */
  totalBytes: number;
  /** Of which: the search scripts, Pagefind's runtime and its index files. */
  searchBytes: number;
  requests: number;
  /** Requests answered from the browser's cache (no bytes). */
  cached: number;
}

/** Two different words of an article title in a built site, to search for. */
export function pickQueries(siteDir: string): [string, string] {
  const articles = path.join(siteDir, "articles");
  const pages = readdirSync(articles, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === "index.html")
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of pages.slice(0, 50)) {
    const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(file, "utf8"))?.[1] ?? "";
    const words = [...new Set(title.split(/\s+/).filter((word) => /^\p{L}{4,}$/u.test(word)))];
    if (words.length >= 2) return [words[0] ?? "", words.at(-1) ?? ""];
  }
  throw new Error(`no article title with two words to search for in ${siteDir}`);
}

const SEARCH_FILE = /\/pagefind\/|\/search\/search\.js|\.pf_|\.wasm/;

/** What the search page downloads for a first query, cold and from another page, then a second. */
export interface SearchDownloads {
  /** The search page opened straight from a link (`/search/?q=`) with an empty browser cache. */
  coldFirst: SearchDownload;
  /** The first query typed into the header's search box of the home page (its CSS and fonts cached). */
  firstFromSite: SearchDownload;
  /** A second, different query typed into the search page after `firstFromSite`. */
  second: SearchDownload;
}

type Browser = Awaited<ReturnType<typeof launchChromium>>;

/** A fresh browser context (empty cache) whose network traffic is tallied between settles. */
async function openTrackedPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const urls = new Map<string, string>();
  let tally = { total: 0, search: 0, requests: 0, cached: 0 };
  const inFlight = new Set<string>();
  let lastActivity = Date.now();
  cdp.on("Network.requestWillBeSent", (event) => {
    urls.set(event.requestId, event.request.url);
    inFlight.add(event.requestId);
    lastActivity = Date.now();
    tally.requests++;
  });
  cdp.on("Network.loadingFailed", (event) => {
    inFlight.delete(event.requestId);
    lastActivity = Date.now();
  });
  cdp.on("Network.requestServedFromCache", () => tally.cached++);
  cdp.on("Network.loadingFinished", (event) => {
    inFlight.delete(event.requestId);
    lastActivity = Date.now();
    tally.total += event.encodedDataLength;
    if (SEARCH_FILE.test(urls.get(event.requestId) ?? "")) tally.search += event.encodedDataLength;
  });
  // Playwright's "networkidle" fires once per document; an in-page search needs its own wait.
  const quiet = async (): Promise<void> => {
    const quietMs = 800;
    while (inFlight.size > 0 || Date.now() - lastActivity < quietMs) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  /** Waits until the search page lists the results of `query`, then hands over the tally. */
  const settle = async (query: string): Promise<SearchDownload> => {
    await page.waitForFunction(
      (searched) => {
        const text = document.querySelector("[data-search-status]")?.textContent ?? "";
        return text.includes(`«${searched}»`) || text.startsWith("تعذّر");
      },
      query,
      { timeout: 300_000 },
    );
    await quiet();
    const results = await page.locator("[data-search-results] > li").count();
    const text = (await page.locator("[data-search-status]").textContent()) ?? "";
    if (text.startsWith("تعذّر")) throw new Error(`the search page failed for ${query}`);
    const measured = {
      query,
      results,
      totalBytes: tally.total,
      searchBytes: tally.search,
      requests: tally.requests,
      cached: tally.cached,
    };
    tally = { total: 0, search: 0, requests: 0, cached: 0 };
    return measured;
  };
  const forget = async (): Promise<void> => {
    await quiet();
    tally = { total: 0, search: 0, requests: 0, cached: 0 };
  };
  return { page, settle, forget, close: () => context.close() };
}

/**
 * Opens the built site's search page in headless Chromium (served by the preview server, cache
 * headers included) and counts the bytes a search downloads: a first query on a cold cache
 * straight from a link, a first query typed on the home page (as most readers arrive, with the
 * site's CSS and fonts already cached), and a second, different query typed on the search page.
 */
export async function measureSearchDownloads(
  siteDir: string,
  queries: [string, string] = pickQueries(siteDir),
): Promise<SearchDownloads> {
  const server = await createStaticServer({ root: siteDir });
  const browser = await launchChromium();
  try {
    const cold = await openTrackedPage(browser);
    await cold.page.goto(`${server.url}search/?q=${encodeURIComponent(queries[0])}`);
    const coldFirst = await cold.settle(queries[0]);
    await cold.close();

    const reader = await openTrackedPage(browser);
    await reader.page.goto(server.url, { waitUntil: "networkidle" });
    await reader.forget();
    await reader.page.locator("#site-search").fill(queries[0]);
    await Promise.all([
      reader.page.waitForURL(/\/search\/\?q=/),
      reader.page.locator("#site-search").press("Enter"),
    ]);
    const firstFromSite = await reader.settle(queries[0]);
    await reader.page.locator("#search-query").fill(queries[1]);
    await Promise.all([
      reader.page.waitForURL(/q=/),
      reader.page.locator("#search-query").press("Enter"),
    ]);
    const second = await reader.settle(queries[1]);
    return { coldFirst, firstFromSite, second };
  } finally {
    await browser.close();
    await server.close();
  }
}
