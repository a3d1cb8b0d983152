import { rm } from "node:fs/promises";
import { join } from "node:path";
import { listSiteFiles } from "../checks/listSiteFiles.ts";
import { writeFileAtomic } from "../ingest/writeFileAtomic.ts";
import { HOST_FILES } from "./hostFiles.ts";
import { renderHeadersFile } from "./renderHeadersFile.ts";
import { renderRedirectsFile } from "./renderRedirectsFile.ts";

/** What {@link writeHostFiles} needs from the site config. */
export interface HostFilesConfig {
  /** The prefix the site was built with, e.g. `/news-archive/`. */
  pathPrefix: string;
}

/**
 * Writes the static hosts' configuration files into a built site: `_headers` (Netlify, Cloudflare
 * Pages) and, for a prefixed build, `_redirects`. Run after every other file (Pagefind's too) is
 * written, because the immutable cache rules are derived from the files present.
 */
export async function writeHostFiles(outDir: string, config: HostFilesConfig): Promise<string[]> {
  const siteFiles = (await listSiteFiles(outDir)).filter((file) => !HOST_FILES.includes(file));
  // Replaced by rename, never rewritten in place: a site folder copied with hard links (or a
  // previous deploy's) keeps its own _headers.
  const write = (name: string, text: string) =>
    writeFileAtomic(join(outDir, name), Buffer.from(text));
  write("_headers", renderHeadersFile(siteFiles, config.pathPrefix));
  const redirects = renderRedirectsFile(config.pathPrefix);
  // A stale _redirects from an earlier prefixed build would rewrite every URL of an unprefixed one.
  if (redirects === undefined) await rm(join(outDir, "_redirects"), { force: true });
  else write("_redirects", redirects);
  return redirects === undefined ? ["_headers"] : ["_headers", "_redirects"];
}
