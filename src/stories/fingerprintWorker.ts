// Runs in a worker thread (see fingerprintFiles.ts): reads and fingerprints its share of the articles.
import { parentPort, workerData } from "node:worker_threads";
import { fingerprintFileBatch, type FingerprintBatchJob } from "./fingerprintFiles.ts";

const result = fingerprintFileBatch(workerData as FingerprintBatchJob);
// The arrays were allocated here, so their buffers are plain ArrayBuffers that can be moved.
const buffers = [result.termCounts, result.signatures, result.terms, result.counts].map(
  (a) => a.buffer as ArrayBuffer,
);
parentPort?.postMessage(result, buffers);
