import { writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** The part of pagefind.js's API the tests use. */
export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
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
