import { normalizePathPrefix } from "../preview/normalizePathPrefix.ts";
import { cachePolicies, cachePolicyFor } from "./cacheControlFor.ts";
import { securityHeaders } from "./securityHeaders.ts";

/**
 * The `_headers` file read by Netlify and Cloudflare Pages: security headers for every path, and
 * a long immutable cache for content-hashed files (a whole folder at once when everything in it
 * is hashed, such as Pagefind's `fragment/`, to stay under Cloudflare's 100-rule limit).
 * Other files keep the hosts' default, which revalidates on every request; setting Cache-Control
 * on `/*` too would make Cloudflare join both values into one contradictory header.
 */
export function renderHeadersFile(siteFiles: readonly string[], pathPrefix: string): string {
  const prefix = normalizePathPrefix(pathPrefix);
  const lines = [
    `# Written by news-archive build for the path prefix ${prefix}; do not edit by hand.`,
    `${prefix}*`,
  ];
  for (const [name, value] of Object.entries(securityHeaders())) lines.push(`  ${name}: ${value}`);
  for (const pattern of fitRuleLimit(immutablePatterns(siteFiles))) {
    lines.push(`${prefix}${pattern}`, `  Cache-Control: ${cachePolicies.immutable}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Path patterns (relative, `dir/*` or a file) covering exactly the immutable files of a site. */
export function immutablePatterns(siteFiles: readonly string[]): string[] {
  // A folder is "mixed" when anything below it may change under the same name.
  const mixedFolders = new Set<string>([""]);
  const immutable: string[] = [];
  for (const file of siteFiles) {
    if (cachePolicyFor(file) === "immutable") {
      immutable.push(file);
      continue;
    }
    // Innermost first, up to the first folder already mixed (whose ancestors all are too).
    for (
      let end = file.lastIndexOf("/");
      end > 0 && !mixedFolders.has(file.slice(0, end));
      end = file.lastIndexOf("/", end - 1)
    )
      mixedFolders.add(file.slice(0, end));
  }
  const patterns = new Set<string>();
  for (const file of immutable) {
    const wholeFolder = ancestorFolders(file).find((folder) => !mixedFolders.has(folder));
    patterns.add(wholeFolder === undefined ? file : `${wholeFolder}/*`);
  }
  return [...patterns].sort();
}

// Cloudflare Pages reads at most 100 rules from _headers (one is the security block).
const maxCacheRules = 90;

/**
 * Keeps the rule count under Cloudflare's limit for archives with many search shards: one
 * placeholder rule per chunk kind (`pagefind/shards/:shard/fragment/*`, Cloudflare's `:name`
 * syntax) replaces a rule per shard, and each shard's `.pf_meta` falls back to revalidation.
 */
export function fitRuleLimit(patterns: readonly string[], limit = maxCacheRules): string[] {
  if (patterns.length <= limit) return [...patterns];
  const compacted = new Set<string>();
  for (const pattern of patterns) {
    if (pattern.endsWith(".pf_meta")) continue;
    compacted.add(pattern.replace(/^(.*\/)[^/]+\/(fragment|index|filter)\/\*$/, "$1:shard/$2/*"));
  }
  return [...compacted].sort();
}

/** `a/b/c.txt` → `["", "a", "a/b"]`: outermost first. */
function ancestorFolders(file: string): string[] {
  const parts = file.split("/").slice(0, -1);
  return ["", ...parts.map((_, index) => parts.slice(0, index + 1).join("/"))];
}
