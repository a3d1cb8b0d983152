// Runs in a worker thread (see findRelatedInThreads.ts): ranks its range of the articles.
import { parentPort, workerData } from "node:worker_threads";
import { rankRelated, type RelatedIndex } from "./findRelatedArticles.ts";

const { index, from, to } = workerData as { index: RelatedIndex; from: number; to: number };
const ranked = rankRelated(index, from, to);
parentPort?.postMessage(ranked, [ranked.buffer as ArrayBuffer]);
