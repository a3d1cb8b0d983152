// Worker-thread side of ParsePool: parses pages posted by the main thread.
import { parentPort } from "node:worker_threads";
import type { PageOrigin } from "./buildArticleRecord.ts";
import { parseInputPage } from "./parseInputPage.ts";

parentPort?.on("message", (job: { seq: number; bytes: Uint8Array; origin: PageOrigin }) => {
  try {
    parentPort?.postMessage({ seq: job.seq, result: parseInputPage(job.bytes, job.origin) });
  } catch (error) {
    parentPort?.postMessage({
      seq: job.seq,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
