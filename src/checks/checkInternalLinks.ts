import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { normalizePathPrefix } from "../preview/normalizePathPrefix.ts";
import { classifySiteUrl, pageUrlPathFor } from "./classifySiteUrl.ts";
import { extractPageLinks } from "./extractPageLinks.ts";
import { listSiteFiles } from "./listSiteFiles.ts";

/** A link whose target the static server would not find. */
export interface BrokenLink {
  /** The page holding the link, relative to the site folder. */
  page: string;
  line: number;
  /** `a[href]`, `img[src]`, … */
  source: string;
  url: string;
  /** Why it is broken, including what it resolved to. */
  reason: string;
}

/** Result of {@link checkInternalLinks}. */
export interface LinkReport {
  pagesChecked: number;
  linksChecked: number;
  broken: BrokenLink[];
  /** External URLs (other hosts), each once, sorted: not fetched, listed for review. */
  external: string[];
  /** `<a>` links to other sites without `rel="nofollow noopener noreferrer"`. */
  unsafeExternal: BrokenLink[];
}

// Many source domains have expired and now serve unrelated sites: pass them no referrer, no
// window handle and no ranking.
const requiredExternalRel = ["nofollow", "noopener", "noreferrer"];

// 404.html is served at whatever URL was missing, so its relative links must work from any depth.
const notFoundProbePath = "no/such/page/here/";

/**
 * Checks every same-site URL (href, src, srcset, form action) in every HTML file of a built site
 * against the files a static host would serve under `pathPrefix`.
 */
export async function checkInternalLinks(siteDir: string, pathPrefix: string): Promise<LinkReport> {
  const root = resolve(siteDir);
  const prefix = normalizePathPrefix(pathPrefix);
  const files = await listSiteFiles(root);
  const fileSet = new Set(files);
  const external = new Set<string>();
  const broken: BrokenLink[] = [];
  const unsafeExternal: BrokenLink[] = [];
  let linksChecked = 0;
  const pages = files.filter((file) => file.endsWith(".html"));
  for (const page of pages) {
    const { links, baseHref, ids } = extractPageLinks(await readFile(join(root, page), "utf8"));
    const servedAt = [pageUrlPathFor(page, prefix)];
    if (page === "404.html") servedAt.push(prefix + notFoundProbePath);
    for (const link of links) {
      linksChecked += 1;
      const missingRel = missingExternalRel(link.source, link.url, link.rel);
      if (missingRel.length > 0) {
        unsafeExternal.push({
          page,
          line: link.line,
          source: link.source,
          url: link.url,
          reason: `rel lacks ${missingRel.join(" ")}`,
        });
      }
      for (const pageUrlPath of servedAt) {
        const reason = brokenReason(
          link.url,
          pageUrlPath,
          prefix,
          baseHref,
          fileSet,
          ids,
          external,
        );
        if (reason === undefined) continue;
        const where =
          pageUrlPath === servedAt[0] ? "" : ` (when 404.html is served at ${pageUrlPath})`;
        broken.push({
          page,
          line: link.line,
          source: link.source,
          url: link.url,
          reason: reason + where,
        });
        break;
      }
    }
  }
  return {
    pagesChecked: pages.length,
    linksChecked,
    broken,
    external: [...external].sort(),
    unsafeExternal,
  };
}

function missingExternalRel(source: string, url: string, rel: string | undefined): string[] {
  if (source !== "a[href]" || !/^(https?:)?\/\//i.test(url)) return [];
  const tokens = new Set((rel ?? "").toLowerCase().split(/\s+/));
  return requiredExternalRel.filter((token) => !tokens.has(token));
}

function brokenReason(
  url: string,
  pageUrlPath: string,
  prefix: string,
  baseHref: string | undefined,
  files: ReadonlySet<string>,
  pageIds: ReadonlySet<string>,
  external: Set<string>,
): string | undefined {
  if (url === "") return "empty URL";
  const target = classifySiteUrl(url, pageUrlPath, prefix, baseHref);
  switch (target.kind) {
    case "external":
      external.add(target.url);
      return undefined;
    case "other-scheme":
      return target.scheme === "javascript" ? "javascript: URL (blocked by the CSP)" : undefined;
    case "invalid":
      return target.reason;
    case "outside-prefix":
      return `resolves to ${target.path}, outside the path prefix ${prefix}`;
    case "internal": {
      if (target.samePage) {
        return target.fragment === "" || pageIds.has(target.fragment)
          ? undefined
          : `no element with id "${target.fragment}" on this page`;
      }
      const path = target.relativePath;
      const candidates =
        path === ""
          ? ["index.html"]
          : target.endsWithSlash
            ? [`${path}/index.html`]
            : [path, `${path}/index.html`];
      return candidates.some((candidate) => files.has(candidate))
        ? undefined
        : `no file ${candidates.join(" or ")} in the site`;
    }
  }
}
