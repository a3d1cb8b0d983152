import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { PageOrigin } from "./buildArticleRecord.ts";
import { parseInputPage, type ParsedInputPage } from "./parseInputPage.ts";

// The CLI runs TypeScript through tsx, which a worker thread does not inherit: each worker
// registers it before importing the TypeScript entry.
const BOOTSTRAP = `
const { workerData } = require("node:worker_threads");
import(workerData.tsxApi).then((api) => { api.register(); return import(workerData.entry); });
`;

// Pages parsed on the main thread before workers are started.
const INLINE_BEFORE_WORKERS = 300;
// Pages queued per worker before the main thread starts parsing some itself.
const BACKLOG_PER_WORKER = 24;

interface Job {
  bytes: Uint8Array;
  origin: PageOrigin;
  resolve: (result: ParsedInputPage) => void;
  reject: (error: unknown) => void;
}

/** Worker threads worth starting here: one per core beyond the main thread's. */
export function defaultWorkerCount(): number {
  return Math.min(3, Math.max(1, availableParallelism() - 1));
}

/**
 * Parses pages on worker threads so parsing overlaps the main thread's file I/O. Workers start
 * once a run has proved long; with a size of 0, or if a worker cannot start, pages are parsed
 * inline.
 */
export class ParsePool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Job>();
  private seq = 0;
  private calls = 0;
  private broken = false;

  constructor(private readonly size: number) {}

  /** Parses one page; round-robin over the workers, or inline when there are none. */
  parse(bytes: Uint8Array, origin: PageOrigin): Promise<ParsedInputPage> {
    // When the workers fall behind, the main thread would only wait: it parses this page itself.
    // A worker takes a second or so to load its modules: only worth it for a long run, so the
    // first pages are parsed here (an incremental run with a few new pages never starts one).
    this.calls++;
    if (
      this.size === 0 ||
      this.broken ||
      this.calls <= INLINE_BEFORE_WORKERS ||
      this.pending.size >= BACKLOG_PER_WORKER * this.size
    ) {
      return parseInline(bytes, origin);
    }
    if (this.workers.length === 0) this.start();
    const seq = this.seq++;
    const worker = this.workers[seq % this.workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { bytes, origin, resolve, reject });
      worker.postMessage({ seq, bytes, origin });
    });
  }

  /** Worker threads that parsed pages and are still healthy (0 when everything ran inline). */
  get threads(): number {
    return this.broken ? 0 : this.workers.length;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private start(): void {
    const tsxApi = tsxEsmApiUrl();
    const entry = new URL("./pageWorker.ts", import.meta.url).href;
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { tsxApi, entry } });
      worker.on("message", (message: { seq: number; result?: ParsedInputPage; error?: string }) => {
        const job = this.pending.get(message.seq);
        if (!job) return;
        this.pending.delete(message.seq);
        if (message.result) job.resolve(message.result);
        else job.reject(new Error(message.error ?? "worker failed"));
      });
      worker.on("error", () => this.fallBackInline());
      this.workers.push(worker);
    }
  }

  // A worker that cannot start (or dies) must not lose pages: finish them on this thread.
  private fallBackInline(): void {
    if (this.broken) return;
    this.broken = true;
    void this.close();
    const jobs = [...this.pending.values()];
    this.pending.clear();
    for (const job of jobs) parseInline(job.bytes, job.origin).then(job.resolve, job.reject);
  }
}

/** URL of tsx's ESM register API (its CommonJS build cannot be imported from a file URL). */
function tsxEsmApiUrl(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve("tsx/package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const target = manifest.exports["./esm/api"]?.import.default ?? "./dist/esm/api/index.mjs";
  return pathToFileURL(join(dirname(manifestPath), target)).href;
}

function parseInline(bytes: Uint8Array, origin: PageOrigin): Promise<ParsedInputPage> {
  try {
    return Promise.resolve(parseInputPage(bytes, origin));
  } catch (error) {
    return Promise.reject(error);
  }
}
