import { copyFile, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type {
  PagefindApi,
  PagefindResult,
  PagefindSearchOptions,
} from "../../../src/search/searchArchive.ts";

/** The part of pagefind.js's API the tests use. */
export interface PagefindModule extends PagefindApi<PagefindResultData> {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options?: PagefindSearchOptions,
  ): Promise<{ results: PagefindResult<PagefindResultData>[] }>;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Imports a pagefind.js file as ESM (a package.json marks its folder as a module), on `bundleUrl`. */
async function importPagefindFile(file: string, bundleUrl: string): Promise<PagefindModule> {
  await writeFile(path.join(path.dirname(file), "package.json"), '{"type":"module"}\n');
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as PagefindModule;
  await module.options({ basePath: bundleUrl, baseUrl: "/" });
  return module;
}

/**
 * Loads a built bundle's pagefind.js in Node: imported as ESM from disk, fetching its index over
 * HTTP from `bundleUrl` (Node's fetch cannot read file:). Each bundle folder gives its own module
 * instance, so two indexes can be compared side by side.
 */
export async function loadPagefind(bundleDir: string, bundleUrl: string): Promise<PagefindModule> {
  return importPagefindFile(path.join(bundleDir, "pagefind.js"), bundleUrl);
}

/** Loads a sharded bundle the way the search page does: the first shard, then mergeIndex the rest. */
export async function loadShardedPagefind(
  bundleDir: string,
  bundleUrl: string,
): Promise<PagefindModule> {
  const manifest = JSON.parse(await readFile(path.join(bundleDir, "shards.json"), "utf8")) as {
    shards: { path: string }[];
  };
  const [primary, ...others] = manifest.shards;
  if (!primary) throw new Error("the shard manifest lists no shard");
  const pagefind = await loadPagefind(path.join(bundleDir, primary.path), bundleUrl + primary.path);
  for (const shard of others) await pagefind.mergeIndex(bundleUrl + shard.path, { baseUrl: "/" });
  return pagefind;
}

let copies = 0;
/**
 * Loads a bundle's pagefind.js as `loadPagefind` does, but as a module instance of its own (from
 * a copy under another name), so its default instance holds nothing an earlier test merged.
 */
export async function loadFreshPagefind(
  bundleDir: string,
  bundleUrl: string,
): Promise<PagefindModule> {
  const copy = path.join(bundleDir, `pagefind.copy-${process.pid}-${++copies}.js`);
  await copyFile(path.join(bundleDir, "pagefind.js"), copy);
  try {
    return await importPagefindFile(copy, bundleUrl);
  } finally {
    await rm(copy, { force: true });
  }
}
