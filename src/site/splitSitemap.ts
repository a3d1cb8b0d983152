/** The sitemap protocol's limit of URLs per file. */
export const sitemapUrlLimit = 50_000;

/** One sitemap file: its root-relative path and the absolute URLs it lists. */
export interface SitemapFile {
  path: string;
  urls: string[];
}

/** A site's sitemaps: one file, or an index (at `/sitemap.xml`) over numbered files. */
export interface SitemapPlan {
  /** Root-relative paths of the files an index lists; undefined when one file suffices. */
  index: string[] | undefined;
  files: SitemapFile[];
}

/** Splits URLs into sitemap files of at most `limit` URLs, adding an index when more than one is needed. */
export function splitSitemap(
  urls: readonly string[],
  limit: number = sitemapUrlLimit,
): SitemapPlan {
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`sitemap limit must be a positive integer: ${limit}`);
  if (urls.length <= limit)
    return { index: undefined, files: [{ path: "/sitemap.xml", urls: [...urls] }] };
  const files: SitemapFile[] = [];
  for (let start = 0; start < urls.length; start += limit) {
    files.push({
      path: `/sitemap-${files.length + 1}.xml`,
      urls: urls.slice(start, start + limit),
    });
  }
  return { index: files.map((file) => file.path), files };
}
