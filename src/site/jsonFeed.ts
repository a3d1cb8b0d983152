import { absoluteUrl } from "./absoluteUrl.ts";
import type { ArticleRecord } from "./articleRecords.ts";
import type { SiteConfig } from "./siteConfig.ts";
import { withXmlSafeStrings } from "../archive/xmlSafeText.ts";

/** Builds a JSON Feed 1.1 document of the newest articles (its text as the Atom feed's). */
export function buildJsonFeed(
  articles: readonly ArticleRecord[],
  config: SiteConfig,
): Record<string, unknown> {
  return withXmlSafeStrings({
    version: "https://jsonfeed.org/version/1.1",
    title: config.title,
    description: config.description,
    language: config.locale,
    home_page_url: absoluteUrl("/", config),
    feed_url: absoluteUrl("/feed.json", config),
    items: articles.map((article) => ({
      id: absoluteUrl(article.href, config),
      url: absoluteUrl(article.href, config),
      title: article.title,
      summary: article.excerpt,
      content_text: article.excerpt,
      ...(article.date ? { date_published: `${article.date}T00:00:00Z` } : {}),
      ...(article.author ? { authors: [{ name: article.author }] } : {}),
      tags: [article.source],
      language: article.lang,
      ...(article.url ? { external_url: article.url } : {}),
    })),
  });
}
