import type { ArticleFrontMatter } from "../../src/archive/articleFrontMatter.ts";
import type { ArticleSource } from "../../src/site/articleRecords.ts";

/** An article as loadArchive hands it over, for model tests: title «عنوان <id>», 400 words. */
export function article(
  id: string,
  source: string,
  date: string | undefined,
  extra: Partial<ArticleFrontMatter> = {},
): ArticleSource {
  return {
    file: `/content/${id}.md`,
    contentHash: `hash-${id}`,
    frontMatter: {
      id,
      title: `عنوان ${id}`,
      source,
      ...(date ? { date } : {}),
      scrapedFrom: `${id}.txt`,
      scrapedAt: "2025-01-01T00:00:00.000Z",
      lang: "ar",
      excerpt: "مقتطف",
      words: 400,
      ...extra,
    },
  };
}
