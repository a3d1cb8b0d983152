import { readFile, writeFile } from "node:fs/promises";
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

/**
 * Loads a built bundle's pagefind.js in Node: imported as ESM from disk (a package.json marks
 * it as a module), fetching its index over HTTP from `bundleUrl` (Node's fetch cannot read file:).
 * Each bundle folder gives its own module instance, so two indexes can be compared side by side.
 */
export async function loadPagefind(bundleDir: string, bundleUrl: string): Promise<PagefindModule> {
  await writeFile(path.join(bundleDir, "package.json"), '{"type":"module"}\n');
  const module = (await import(
    /* @vite-ignore */ pathToFileURL(path.join(bundleDir, "pagefind.js")).href
  )) as PagefindModule;
  await module.options({ basePath: bundleUrl, baseUrl: "/" });
  return module;
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
