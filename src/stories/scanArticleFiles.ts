import path from "node:path";
import type { ArticleSource } from "../site/articleRecords.ts";
import { listMarkdownFiles } from "../site/loadArchive.ts";
import type { TextFingerprint } from "./fingerprintArticle.ts";
import { fingerprintFiles, knownFingerprintKey, type ScannedArticle } from "./fingerprintFiles.ts";
import type { MinhashSettings } from "./minhashSignature.ts";

/** An article as clustering sees it, with its fingerprint when it was computed this run. */
export interface StoryArticle extends ScannedArticle {
  print: TextFingerprint | undefined;
}

/** How articles are read and fingerprinted. */
export interface ScanOptions {
  settings: MinhashSettings;
  threads: number;
  /** The articles whose fingerprint is cached (see knownFingerprintKey): those are not fingerprinted. */
  known: ReadonlySet<string>;
}

/**
 * The valid articles of a content folder in file order (a repeated id keeps its first file, as
 * loadArchive does), each file read once, in worker threads: its front matter is parsed and,
 * unless known, it is fingerprinted.
 */
export async function scanArticleFiles(
  contentDir: string,
  options: ScanOptions,
): Promise<StoryArticle[]> {
  const files = await listMarkdownFiles(path.join(contentDir, "articles"));
  const scanned = await fingerprintFiles(
    files.map((file) => ({ file })),
    options.settings,
    options.threads,
    options.known,
  );
  const articles: StoryArticle[] = [];
  const seen = new Set<string>();
  scanned.articles.forEach((article, i) => {
    if (!article || seen.has(article.id)) return;
    seen.add(article.id);
    articles.push({ ...article, print: scanned.prints[i] });
  });
  return articles;
}

/** Articles whose front matter the caller has loaded (the site build), fingerprinting those not known. */
export async function fingerprintLoadedArticles(
  loaded: readonly ArticleSource[],
  options: ScanOptions,
): Promise<StoryArticle[]> {
  const isKnown = ({ frontMatter, contentHash }: ArticleSource): boolean =>
    options.known.has(knownFingerprintKey(frontMatter.id, contentHash));
  const stale = loaded.filter((article) => !isKnown(article));
  const { prints } = await fingerprintFiles(
    stale.map(({ file, frontMatter }) => ({ file, title: frontMatter.title })),
    options.settings,
    options.threads,
  );
  let next = 0;
  return loaded.map((article) => ({
    id: article.frontMatter.id,
    date: article.frontMatter.date,
    contentHash: article.contentHash,
    print: isKnown(article) ? undefined : prints[next++],
  }));
}
