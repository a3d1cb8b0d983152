import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import { absoluteUrl } from "./absoluteUrl.ts";
import type { ArticleRecord } from "./articleRecords.ts";
import type { EleventyConfig } from "./eleventyConfig.ts";
import { buildJsonFeed } from "./jsonFeed.ts";
import { parseIsoDate } from "./formatDates.ts";
import type { SiteConfig } from "./siteConfig.ts";

/** Registers the few filters templates need: lookups and serialisation, no formatting logic. */
export function filtersPlugin(
  eleventyConfig: EleventyConfig,
  options: { config: SiteConfig },
): void {
  const { config } = options;
  /** Public URL of a site path, with base URL and path prefix (feeds, canonical, Open Graph). */
  eleventyConfig.addFilter("absoluteUrl", (href: string) => absoluteUrl(href, config));
  /** The JSON Feed document. */
  eleventyConfig.addFilter("jsonFeed", (articles: ArticleRecord[]) =>
    JSON.stringify(buildJsonFeed(articles, config), null, 2),
  );
  /** RFC 3339 timestamp of an ISO calendar date (Atom). */
  eleventyConfig.addFilter("isoDateToRfc3339", (isoDate: string | undefined) =>
    dateToRfc3339(isoDate ? parseIsoDate(isoDate) : new Date(0)),
  );
}
