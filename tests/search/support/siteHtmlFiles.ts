import { readdirSync } from "node:fs";
import path from "node:path";

/** The site URL of a built file: `articles/2017/10/x/index.html` → `/articles/2017/10/x/`. */
export function siteUrlOfFile(relativePath: string): string {
  const url = "/" + relativePath.split(path.sep).join("/");
  return url.endsWith("/index.html") ? url.slice(0, -"index.html".length) : url;
}

/** Relative paths of every `.html` file under `siteDir`, sorted. */
export function listSiteHtmlFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)))
    .sort();
}
