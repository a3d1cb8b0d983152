import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type * as PagefindModule from "pagefind";

/** Pagefind's Node API, bound to one indexing process of its own. */
export type PagefindService = typeof PagefindModule;

/** The file of Pagefind's Node API (the package exports no other entry to resolve it by). */
function pagefindEntryFile(): string {
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths("pagefind") ?? []) {
    const file = path.join(dir, "pagefind", "lib", "index.js");
    if (existsSync(file)) return file;
  }
  throw new Error("the pagefind package is not installed");
}

/**
 * `count` independent instances of Pagefind's Node API. The API keeps one indexing process per
 * module instance, so each copy imported under its own URL drives a process of its own: one per
 * core indexes that many shards truly in parallel.
 * @example const [first, second] = await openPagefindServices(2)
 */
export async function openPagefindServices(count: number): Promise<PagefindService[]> {
  const url = pathToFileURL(pagefindEntryFile()).href;
  return Promise.all(
    Array.from(
      { length: Math.max(1, count) },
      (_, index) =>
        import(/* @vite-ignore */ `${url}?service=${index}`) as Promise<PagefindService>,
    ),
  );
}

/** Throws one error naming what Pagefind could not do, when its call returned errors. */
export function failOnPagefindErrors(errors: readonly string[], what: string): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${what}: ${errors.join("; ")}`);
}
