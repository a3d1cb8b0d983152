import { statSync } from "node:fs";
import path from "node:path";
import { articleFrontMatterSchema } from "../archive/articleFrontMatter.ts";
import { listMarkdownFiles, readFrontMatterCache } from "../site/loadArchive.ts";
import type { TextFingerprint } from "./fingerprintArticle.ts";
import { fingerprintFiles, type ScannedArticle } from "./fingerprintFiles.ts";
import type { MinhashSettings } from "./minhashSignature.ts";

/** An article as clustering sees it, with its fingerprint when it was computed this run. */
export interface StoryArticle extends ScannedArticle {
  print: TextFingerprint | undefined;
}

/**
 * The valid articles of a content folder in file order (a repeated id keeps its first file, as
 * loadArchive does), each file read at most once, in worker threads: a file is not read at all
 * when the site's front-matter cache has it unchanged and its fingerprint is `known`
 * (`<id> <contentHash>`); otherwise its front matter is parsed and, unless known, it is fingerprinted.
 */
export async function scanArticleFiles(
  contentDir: string,
  options: {
    settings: MinhashSettings;
    threads: number;
    known: ReadonlySet<string>;
    frontMatterCacheFile: string | undefined;
  },
): Promise<StoryArticle[]> {
  const files = await listMarkdownFiles(path.join(contentDir, "articles"));
  const frontMatterCache = await readFrontMatterCache(options.frontMatterCacheFile);
  const unread = files.map((file): ScannedArticle | undefined => {
    const cached = frontMatterCache.get(file);
    if (!cached) return undefined;
    const { mtimeMs, size } = statSync(file);
    if (cached.mtimeMs !== mtimeMs || cached.size !== size) return undefined;
    const parsed = articleFrontMatterSchema.safeParse(cached.data);
    if (!parsed.success) return undefined;
    const { id, date } = parsed.data;
    return options.known.has(`${id} ${cached.contentHash}`)
      ? { id, date, contentHash: cached.contentHash }
      : undefined;
  });
  frontMatterCache.clear();
  const toRead = files.filter((_, i) => unread[i] === undefined);
  const scanned = await fingerprintFiles(
    toRead,
    options.settings,
    options.threads,
    options.known,
  );
  const articles: StoryArticle[] = [];
  const seen = new Set<string>();
  let next = 0;
  for (const fromCache of unread) {
    const article = fromCache ? { ...fromCache, print: undefined } : readArticle(next++);
    if (!article || seen.has(article.id)) continue;
    seen.add(article.id);
    articles.push(article);
  }
  return articles;

  function readArticle(index: number): StoryArticle | undefined {
    const article = scanned.articles[index];
    return article && { ...article, print: scanned.prints[index] };
  }
}
