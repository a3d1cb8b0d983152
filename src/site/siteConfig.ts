/** Which digits dates and counts are written with: Western (0-9) or Arabic-Indic (٠-٩). */
export type DigitStyle = "latn" | "arab";

/** Everything a user may want to change about the site, in one place. */
export interface SiteConfig {
  /** Site name shown in the header, the `<title>` and the feeds. */
  title: string;
  /** One sentence for `<meta name="description">`, Open Graph and the feeds. */
  description: string;
  /** Public origin without a trailing slash, used for canonical, feed and sitemap URLs. @example "https://archive.example.org" */
  baseUrl: string;
  /** Folder the site is served from; `--path-prefix` overrides it. @example "/archive/" */
  pathPrefix: string;
  /** BCP 47 language used with `Intl` for months, dates and numbers. @example "ar" */
  locale: string;
  /** Digits for dates and counts. */
  digits: DigitStyle;
  /** Articles per list page (home, newspaper, month, all articles). */
  itemsPerPage: number;
  /** Headlines per headlines page. */
  headlinesPerPage: number;
  /** Headlines in the home page ticker. */
  tickerSize: number;
  /** Articles in the Atom and JSON feeds. */
  feedSize: number;
  /** Words a reader reads per minute, for the reading-time estimate. */
  wordsPerMinute: number;
  /**
   * Search records per batch, for archives too big to search at once: a search then loads the
   * newest shards holding about this many and offers older ones later. 0 (the default) searches
   * the whole archive in one relevance ranking. @example 5000
   */
  searchBudget: number;
}

/** The site configuration: edit these values to rebrand or relocate the archive. */
export const siteConfig: SiteConfig = {
  title: "أرشيف الأخبار العربية",
  description: "أرشيف ثابت قابل للبحث لمقالات الصحف العربية وعناوين شريط الأخبار.",
  baseUrl: "https://archive.example.org",
  pathPrefix: "/",
  locale: "ar",
  digits: "latn",
  itemsPerPage: 20,
  headlinesPerPage: 100,
  tickerSize: 12,
  feedSize: 30,
  wordsPerMinute: 200,
  searchBudget: 0,
};

/** Normalises a path prefix to start and end with one slash (`archive`, `/archive`, `` → `/archive/`, `/`). */
export function normalizePathPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? "").trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** What a path prefix may hold, said the same way by the CLI and the site config schema. */
export const pathPrefixRule =
  "expected a URL path of ASCII letters, digits and - . _ ~ between slashes, e.g. /archive/";

// ASCII letters, digits and the unreserved `- . _ ~`, like the archive's own URLs: the prefix is written
// as it is into every link, the sitemap (whose URLs must be escaped), the feeds and `_headers`.
const prefixSegment = /^[A-Za-z0-9._~-]+$/;

/** Whether a path prefix (before {@link normalizePathPrefix}) is a plain URL path with no `.`/`..` or empty segment. */
export function isUrlPathPrefix(prefix: string): boolean {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
  if (trimmed === "") return true;
  return trimmed
    .split("/")
    .every((segment) => prefixSegment.test(segment) && segment !== "." && segment !== "..");
}

/** Returns the site config with per-run overrides (e.g. the CLI's `--path-prefix`) applied. */
export function resolveSiteConfig(
  overrides: Partial<SiteConfig> = {},
  base: SiteConfig = siteConfig,
): SiteConfig {
  const merged = { ...base, ...overrides };
  return {
    ...merged,
    baseUrl: merged.baseUrl.replace(/\/+$/, ""),
    pathPrefix: normalizePathPrefix(merged.pathPrefix),
  };
}
