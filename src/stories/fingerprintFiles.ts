import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { runTsWorker } from "./startTsWorker.ts";
import { articleFrontMatterSchema } from "../archive/articleFrontMatter.ts";
import { parseFrontMatter } from "../site/loadArchive.ts";
import { stripFrontMatter } from "../site/renderArticleBody.ts";
import { fingerprintArticle, type TextFingerprint } from "./fingerprintArticle.ts";
import { markdownParagraphs } from "./markdownParagraphs.ts";
import { signatureLength, type MinhashSettings } from "./minhashSignature.ts";

/** What clustering keeps of an article file's front matter, and the hash of the whole file. */
export interface ScannedArticle {
  id: string;
  date: string | undefined;
  contentHash: string;
}

/** An article file; with its title when the caller has read its front matter already. */
export interface FingerprintInput {
  file: string;
  title?: string;
}

/** How a cached fingerprint is named in `known`: the article's id and the hash of its file. */
export function knownFingerprintKey(id: string, contentHash: string): string {
  return `${id} ${contentHash}`;
}

/** A share of the article files, as sent to a worker. */
export interface FingerprintBatchJob {
  inputs: FingerprintInput[];
  settings: MinhashSettings;
  /** The articles whose fingerprint is cached (see knownFingerprintKey): those are not fingerprinted. */
  known: ReadonlySet<string>;
}

/**
 * A batch's result: each file's front matter (undefined when it fails the schema, or when the
 * input gave its title and it was not read) and the fingerprints of those not known, packed in flat arrays that move between threads uncopied.
 */
export interface PackedFingerprints {
  articles: (ScannedArticle | undefined)[];
  /** Per file: its number of terms, or -1 when it was not fingerprinted. */
  termCounts: Int32Array;
  signatures: Uint32Array;
  terms: Uint32Array;
  counts: Uint16Array;
}

/** Typed arrays that grow by doubling, so that no fingerprint object outlives its article. */
class GrowingArray<T extends Uint32Array | Uint16Array> {
  used = 0;
  constructor(
    public array: T,
    private readonly make: (length: number) => T,
  ) {}
  push(values: ArrayLike<number>): void {
    if (this.used + values.length > this.array.length) {
      const grown = this.make(Math.max(this.array.length * 2, this.used + values.length));
      grown.set(this.array.subarray(0, this.used));
      this.array = grown;
    }
    this.array.set(values, this.used);
    this.used += values.length;
  }
  trimmed(): T {
    return this.array.slice(0, this.used) as T;
  }
}

/**
 * Reads one batch of article files (each once): unless its title is given, a file's front matter,
 * checked against the schema, and its hash; then, unless known, the fingerprint of the body, packed.
 */
export function fingerprintFileBatch(job: FingerprintBatchJob): PackedFingerprints {
  const length = signatureLength(job.settings);
  const termCounts = new Int32Array(job.inputs.length).fill(-1);
  const signatures = new GrowingArray(new Uint32Array(length * 256), (n) => new Uint32Array(n));
  const terms = new GrowingArray(new Uint32Array(1 << 16), (n) => new Uint32Array(n));
  const counts = new GrowingArray(new Uint16Array(1 << 16), (n) => new Uint16Array(n));
  const articles = job.inputs.map((input, i): ScannedArticle | undefined => {
    const text = readFileSync(input.file, "utf8");
    let title = input.title;
    let article: ScannedArticle | undefined;
    if (title === undefined) {
      const parsed = parseFrontMatter(text, articleFrontMatterSchema);
      if (!parsed.ok) return undefined;
      const { id, date } = parsed.data;
      title = parsed.data.title;
      article = { id, date, contentHash: createHash("sha1").update(text).digest("hex") };
      if (job.known.has(knownFingerprintKey(id, article.contentHash))) return article;
    }
    const print = fingerprintArticle(
      title,
      markdownParagraphs(stripFrontMatter(text)),
      job.settings,
    );
    termCounts[i] = print.terms.length;
    signatures.push(print.signature);
    terms.push(print.terms);
    counts.push(print.counts);
    return article;
  });
  return {
    articles,
    termCounts,
    signatures: signatures.trimmed(),
    terms: terms.trimmed(),
    counts: counts.trimmed(),
  };
}

/** Each file's front matter (undefined when invalid) and, for those fingerprinted, the fingerprint. */
export interface ScannedFiles {
  articles: (ScannedArticle | undefined)[];
  prints: (TextFingerprint | undefined)[];
}

function unpack(packed: PackedFingerprints, length: number): ScannedFiles {
  let signatureAt = 0;
  let termAt = 0;
  const prints = Array.from(packed.termCounts, (count) => {
    if (count < 0) return undefined;
    const print = {
      // Views, not copies: the packed arrays were moved here from a worker and are used once.
      signature: packed.signatures.subarray(signatureAt, signatureAt + length),
      terms: packed.terms.subarray(termAt, termAt + count),
      counts: packed.counts.subarray(termAt, termAt + count),
    };
    signatureAt += length;
    termAt += count;
    return print;
  });
  return { articles: packed.articles, prints };
}

const workerEntry = new URL("./fingerprintWorker.ts", import.meta.url);

function runWorker(job: FingerprintBatchJob): Promise<PackedFingerprints> {
  return runTsWorker<PackedFingerprints>(workerEntry, job);
}

/**
 * Reads article files (front matter, unless the title is given, and body, each file once) and
 * fingerprints those not `known` (see knownFingerprintKey) (or whose title is given), in `threads` worker threads when there are enough files
 * to be worth starting them (each thread takes a contiguous share); the result is in input order
 * and does not depend on the number of threads.
 */
export async function fingerprintFiles(
  inputs: readonly FingerprintInput[],
  settings: MinhashSettings,
  threads: number,
  known: ReadonlySet<string> = new Set(),
  /** Fewer files per thread than this are not worth a thread's start-up. */
  minPerThread = 2_000,
): Promise<ScannedFiles> {
  const length = signatureLength(settings);
  const count = Math.max(1, Math.min(threads, Math.floor(inputs.length / minPerThread)));
  if (count === 1)
    return unpack(fingerprintFileBatch({ inputs: [...inputs], settings, known }), length);
  const shares = Array.from({ length: count }, (_, i) =>
    inputs.slice(
      Math.floor((i * inputs.length) / count),
      Math.floor(((i + 1) * inputs.length) / count),
    ),
  );
  const packed = await Promise.all(
    shares.map((share) => runWorker({ inputs: share, settings, known })),
  );
  const results = packed.map((p) => unpack(p, length));
  return {
    articles: results.flatMap((r) => r.articles),
    prints: results.flatMap((r) => r.prints),
  };
}
