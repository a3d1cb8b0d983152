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

/**
 * Opens the built site's search page in headless Chromium (served by the preview server, cache
 * headers included), searches for `first`, then submits `second` through the form as a reader
 * would, and counts the bytes each search downloads.
 */
export async function measureSearchDownloads(
  siteDir: string,
  queries: [string, string] = pickQueries(siteDir),
): Promise<[SearchDownload, SearchDownload]> {
  const server = await createStaticServer({ root: siteDir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
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
      if (SEARCH_FILE.test(urls.get(event.requestId) ?? ""))
        tally.search += event.encodedDataLength;
    });

    const settle = async (query: string): Promise<SearchDownload> => {
      const status = page.locator("[data-search-status]");
      // The status names the query once its results are listed (or when loading failed).
      await page.waitForFunction(
        (searched) => {
          const text = document.querySelector("[data-search-status]")?.textContent ?? "";
          return text.includes(`«${searched}»`) || text.startsWith("تعذّر");
        },
        query,
        { timeout: 120_000 },
      );
      // Playwright's "networkidle" fires once per document; an in-page search needs its own wait.
      const quietMs = 800;
      while (inFlight.size > 0 || Date.now() - lastActivity < quietMs) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const results = await page.locator("[data-search-results] > li").count();
      const text = (await status.textContent()) ?? "";
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

    await page.goto(`${server.url}search/?q=${encodeURIComponent(queries[0])}`);
    const first = await settle(queries[0]);
    await page.locator("#search-query").fill(queries[1]);
    await Promise.all([page.waitForURL(/q=/), page.locator("#search-query").press("Enter")]);
    const second = await settle(queries[1]);
    return [first, second];
  } finally {
    await browser.close();
    await server.close();
  }
}
