/**
 * What a search page holds after many searches on one page: the wasm memory Pagefind decodes its
 * indexes into, the JavaScript heap, and how many Pagefind indexes it has decoded (each is kept
 * in that wasm memory for the page's life: Pagefind frees none).
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { launchChromium } from "../checks/launchChromium.ts";
import { createStaticServer } from "../preview/createStaticServer.ts";
import { chooseQueryShards, type RouteBucketFile } from "../search/chooseQueryShards.ts";
import { decodeShardSet } from "../search/routeTerms.ts";
import type { ShardsManifest } from "../search/searchPageIndex.ts";

/** The page after some searches. */
export interface SearchMemoryCheckpoint {
  searches: number;
  /** Bytes of the page's WebAssembly memories (wasm memory never shrinks). */
  wasmBytes: number;
  wasmMemories: number;
  /** JavaScript heap in use after a garbage collection. */
  heapBytes: number;
  /** Pagefind indexes decoded so far: one `pagefind-entry.json` request each. */
  indexesDecoded: number;
  /** The page's main-thread busy time so far (Chromium's TaskDuration). */
  mainThreadSeconds: number;
  /** The status line after the last search, e.g. «نتيجة واحدة لـ «…».». */
  status: string;
}

/** What to search and where to look. */
export interface SearchMemoryOptions {
  /** The words searched one after the other (default: `rareWordsByShard`, 30 words). */
  words?: readonly string[];
  /** How many times the words are searched in a row on the same page. */
  rounds?: number;
  /** After how many searches to look at the page. */
  checkpoints?: readonly number[];
  /** A search page script served instead of the site's own (to compare with another version). */
  client?: string;
}

/**
 * Words of the term → shards directory that each route to exactly one shard, taking the shards
 * in turn, so that consecutive searches load different shards.
 * @example await rareWordsByShard("_site/pagefind", 30)
 */
export async function rareWordsByShard(bundleDir: string, count: number): Promise<string[]> {
  const manifest = JSON.parse(
    await readFile(path.join(bundleDir, "shards.json"), "utf8"),
  ) as ShardsManifest;
  const routing = manifest.routing;
  if (!routing) throw new Error(`${bundleDir}/shards.json has no term → shards directory`);
  const fetchBucket = async (name: string) =>
    JSON.parse(await readFile(path.join(bundleDir, routing.dir, name), "utf8")) as RouteBucketFile;
  const candidates = manifest.shards.map((): string[] => []);
  for (const file of (await readdir(path.join(bundleDir, routing.dir))).sort()) {
    for (const [word, shards] of Object.entries(await fetchBucket(file))) {
      const [only, ...others] = decodeShardSet(shards);
      if (word.length >= 6 && only !== undefined && others.length === 0)
        candidates[only]?.push(word);
    }
  }
  const words: string[] = [];
  // A directory word may also begin longer words of other shards: keep those routed to one.
  while (words.length < count && candidates.some((list) => list.length > 0)) {
    for (const [index, list] of candidates.entries()) {
      while (list.length > 0 && words.length < count) {
        const word = list.shift() ?? "";
        const routed = await chooseQueryShards(manifest, word, {}, fetchBucket);
        if (routed.load.length === 1 && routed.load[0] === manifest.shards[index]) {
          words.push(word);
          break;
        }
      }
    }
  }
  return words;
}

// Runs in the page before its scripts: keeps every WebAssembly memory it creates.
const RECORD_WASM_MEMORIES = `
  window.wasmMemories = [];
  const instantiate = WebAssembly.instantiate.bind(WebAssembly);
  WebAssembly.instantiate = async (source, imports) => {
    const made = await instantiate(source, imports);
    const instance = made instanceof WebAssembly.Instance ? made : made.instance;
    for (const value of Object.values(instance.exports))
      if (value instanceof WebAssembly.Memory) window.wasmMemories.push(value);
    return made;
  };
`;

/**
 * Searches the words one after the other on one search page of a built site (in headless
 * Chromium, from the page's own search box) and looks at the page's memory at each checkpoint.
 * @example await measureSearchMemory("_site", { rounds: 2, checkpoints: [1, 10, 30, 60] })
 */
export async function measureSearchMemory(
  siteDir: string,
  options: SearchMemoryOptions = {},
): Promise<SearchMemoryCheckpoint[]> {
  const words = options.words ?? (await rareWordsByShard(path.join(siteDir, "pagefind"), 30));
  const searches = Array.from({ length: options.rounds ?? 1 }, () => words).flat();
  const checkpoints = new Set(options.checkpoints ?? [1, 10, 30]);
  const server = await createStaticServer({ root: siteDir });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const client = options.client;
    if (client) await page.route("**/search/search.js", (route) => route.fulfill({ path: client }));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.addInitScript({ content: RECORD_WASM_MEMORIES });
    let indexesDecoded = 0;
    page.on("request", (request) => {
      if (request.url().includes("/pagefind-entry.json")) indexesDecoded += 1;
    });
    await page.goto(`${server.url}search/`);
    const status = page.locator("[data-search-status]");
    const box = page.locator('[data-search-app] input[name="q"]');
    await status.filter({ hasText: "اكتب" }).waitFor();
    const seen: SearchMemoryCheckpoint[] = [];
    for (const [index, word] of searches.entries()) {
      await box.fill(word);
      await box.press("Enter");
      await status.filter({ hasText: `«${word}»` }).waitFor({ timeout: 120_000 });
      if (!checkpoints.has(index + 1)) continue;
      await page.waitForLoadState("networkidle");
      await cdp.send("HeapProfiler.collectGarbage");
      const heap = await cdp.send("Runtime.getHeapUsage");
      const { metrics } = await cdp.send("Performance.getMetrics");
      const wasm = await page.evaluate(() => {
        const memories = (window as unknown as { wasmMemories: WebAssembly.Memory[] }).wasmMemories;
        return memories.map((memory) => memory.buffer.byteLength);
      });
      seen.push({
        searches: index + 1,
        wasmBytes: wasm.reduce((sum, bytes) => sum + bytes, 0),
        wasmMemories: wasm.length,
        heapBytes: heap.usedSize,
        indexesDecoded,
        mainThreadSeconds: metrics.find((metric) => metric.name === "TaskDuration")?.value ?? 0,
        status: (await status.textContent()) ?? "",
      });
    }
    await context.close();
    return seen;
  } finally {
    await browser.close();
    await server.close();
  }
}
