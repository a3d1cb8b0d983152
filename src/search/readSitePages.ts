import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** One built HTML page: its site URL (without any path prefix) and its markup. */
export interface SearchPage {
  url: string;
  html: string;
}

/** The site URL of a built file: `articles/2017/10/x/index.html` → `/articles/2017/10/x/`. */
export function siteUrlOfFile(relativePath: string): string {
  const url = "/" + relativePath.split(path.sep).join("/");
  return url.endsWith("/index.html") ? url.slice(0, -"index.html".length) : url;
}

/**
 * Relative paths of every `.html` file under `siteDir`, sorted, skipping `excludeDirs`. File
 * access here and below is synchronous: a big site has tens of thousands of small pages, and the
 * async API's thread-pool round trip per call made reading them about 6 times slower.
 */
export async function listSiteHtmlFiles(
  siteDir: string,
  excludeDirs: readonly string[] = [],
): Promise<string[]> {
  const excluded = new Set(excludeDirs.map((dir) => path.normalize(dir)));
  const entries = readdirSync(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)))
    .filter((file) => ![...excluded].some((dir) => file === dir || file.startsWith(dir + path.sep)))
    .sort();
}

/** Reads the given built pages one at a time, so a large site never sits in memory at once. */
export async function* readSitePages(
  siteDir: string,
  relativePaths: readonly string[],
): AsyncGenerator<SearchPage> {
  for (const file of relativePaths) {
    yield { url: siteUrlOfFile(file), html: readFileSync(path.join(siteDir, file), "utf8") };
  }
}
