import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { stripFrontMatter } from "../site/renderArticleBody.ts";
import { fingerprintArticle, type TextFingerprint } from "./fingerprintArticle.ts";
import { markdownParagraphs } from "./markdownParagraphs.ts";
import { signatureLength, type MinhashSettings } from "./minhashSignature.ts";

/** An article file to fingerprint, with its title from the front matter. */
export interface FingerprintInput {
  file: string;
  title: string;
}

/** A share of the articles, as sent to a worker. */
export interface FingerprintBatchJob {
  inputs: FingerprintInput[];
  settings: MinhashSettings;
}

/** A batch's fingerprints packed in three flat arrays, cheap to move between threads. */
export interface PackedFingerprints {
  signatures: Uint32Array;
  /** Term count per article. */
  termCounts: number[];
  terms: Uint32Array;
  counts: Uint16Array;
}

/** Fingerprints one batch of article files and packs the result. */
export function fingerprintFileBatch(job: FingerprintBatchJob): PackedFingerprints {
  const prints = job.inputs.map(({ file, title }) =>
    fingerprintArticle(
      title,
      markdownParagraphs(stripFrontMatter(readFileSync(file, "utf8"))),
      job.settings,
    ),
  );
  const totalTerms = prints.reduce((sum, p) => sum + p.terms.length, 0);
  const packed: PackedFingerprints = {
    signatures: new Uint32Array(prints.length * signatureLength(job.settings)),
    termCounts: prints.map((p) => p.terms.length),
    terms: new Uint32Array(totalTerms),
    counts: new Uint16Array(totalTerms),
  };
  let at = 0;
  prints.forEach((p, i) => {
    packed.signatures.set(p.signature, i * signatureLength(job.settings));
    packed.terms.set(p.terms, at);
    packed.counts.set(p.counts, at);
    at += p.terms.length;
  });
  return packed;
}

function unpack(packed: PackedFingerprints, length: number): TextFingerprint[] {
  let at = 0;
  return packed.termCounts.map((count, i) => {
    const print = {
      // Views, not copies: the packed arrays were moved here from a worker and are used once.
      signature: packed.signatures.subarray(i * length, (i + 1) * length),
      terms: packed.terms.subarray(at, at + count),
      counts: packed.counts.subarray(at, at + count),
    };
    at += count;
    return print;
  });
}

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
const workerEntry = new URL("./fingerprintWorker.ts", import.meta.url).href;
const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(workerEntry)}); });`;

function runWorker(job: FingerprintBatchJob): Promise<PackedFingerprints> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, { eval: true, workerData: job });
    worker.once("message", (packed: PackedFingerprints) => resolve(packed));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`fingerprint worker exited with code ${code}`));
    });
  });
}

/**
 * Fingerprints article files, in `threads` worker threads when there are enough of them to be
 * worth starting (each thread takes a contiguous share); the result is in input order and does
 * not depend on the number of threads.
 */
export async function fingerprintFiles(
  inputs: readonly FingerprintInput[],
  settings: MinhashSettings,
  threads: number,
  /** Fewer articles per thread than this are not worth a thread's start-up. */
  minPerThread = 2_000,
): Promise<TextFingerprint[]> {
  const count = Math.max(1, Math.min(threads, Math.floor(inputs.length / minPerThread)));
  if (count === 1)
    return unpack(
      fingerprintFileBatch({ inputs: [...inputs], settings }),
      signatureLength(settings),
    );
  const shares = Array.from({ length: count }, (_, i) =>
    inputs.slice(
      Math.floor((i * inputs.length) / count),
      Math.floor(((i + 1) * inputs.length) / count),
    ),
  );
  const packed = await Promise.all(shares.map((share) => runWorker({ inputs: share, settings })));
  return packed.flatMap((p) => unpack(p, signatureLength(settings)));
}
