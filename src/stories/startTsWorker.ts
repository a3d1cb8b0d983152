import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

interface TsxPackage {
  exports: { "./esm/api": { import: { default: string } } };
}

// Worker threads do not run TypeScript by themselves: register tsx's loader first, as
// src/build/renderShards.ts does for render processes.
// The ESM entry, found through tsx's own exports map (its CommonJS entry cannot register ESM hooks).
const tsxPackage = createRequire(import.meta.url).resolve("tsx/package.json");
const tsxApi = pathToFileURL(
  path.join(
    path.dirname(tsxPackage),
    (JSON.parse(readFileSync(tsxPackage, "utf8")) as TsxPackage).exports["./esm/api"].import
      .default,
  ),
).href;

/** Starts a worker thread running a TypeScript module (`entry`, a file URL) with `workerData`. */
export function startTsWorker(entry: URL, workerData: unknown): Worker {
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** Runs a TypeScript worker module to its one message (the result); rejects if it fails or exits first. */
export function runTsWorker<T>(entry: URL, workerData: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = startTsWorker(entry, workerData);
    worker.once("message", (result: T) => resolve(result));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`worker ${entry.pathname} exited with code ${code}`));
    });
  });
}
