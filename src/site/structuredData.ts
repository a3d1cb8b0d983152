import { absoluteUrl } from "./absoluteUrl.ts";
import type { ArticleRecord } from "./articleRecords.ts";
import type { SiteConfig } from "./siteConfig.ts";
import { withXmlSafeStrings } from "../archive/xmlSafeText.ts";

/**
 * Serialises JSON for a `<script type="application/ld+json">` block: `<`, `>` and `&` become
 * \u escapes so scraped text cannot close the script element, and U+2028/9 are escaped too;
 * characters XML cannot carry are dropped, as in the feeds.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(withXmlSafeStrings(value))
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The schema.org NewsArticle description of an article page. */
export function newsArticleJsonLd(
  article: ArticleRecord,
  config: SiteConfig,
): Record<string, unknown> {
  const page = absoluteUrl(article.href, config);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    inLanguage: article.lang,
    mainEntityOfPage: page,
    url: page,
    ...(article.date ? { datePublished: article.date } : {}),
    ...(article.author ? { author: { "@type": "Person", name: article.author } } : {}),
    publisher: { "@type": "Organization", name: article.source },
    description: article.excerpt,
    wordCount: article.words,
    ...(article.url ? { isBasedOn: article.url } : {}),
    isPartOf: { "@type": "WebSite", name: config.title, url: absoluteUrl("/", config) },
  };
}
