import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

// Only article pages, like the Eleventy baseline: no home, section, taxonomy, feed or sitemap pages.
const CONFIG = `baseURL = "http://localhost/"
languageCode = "ar"
title = "baseline"
buildFuture = true
disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
`;

const LAYOUT = `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body>
</html>
`;

/** Renames front matter keys Hugo reserves (`url` would move the page to the source's path). */
export function hugoSafeMarkdown(markdown: string): string {
  const end = markdown.indexOf("\n---", 4);
  if (!markdown.startsWith("---") || end < 0) return markdown;
  return markdown.slice(0, end).replace(/^url:/m, "sourceUrl:") + markdown.slice(end);
}

/** Writes a minimal Hugo site in `dir` over a copy of `articlesDir`. */
export function writeHugoBaseline(dir: string, articlesDir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "layouts", "_default"), { recursive: true });
  writeFileSync(join(dir, "hugo.toml"), CONFIG);
  writeFileSync(join(dir, "layouts", "_default", "single.html"), LAYOUT);
  const target = join(dir, "content", "articles");
  for (const entry of readdirSync(articlesDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".md")) continue;
    const source = join(entry.parentPath, entry.name);
    const destination = join(target, relative(articlesDir, source));
    mkdirSync(join(destination, ".."), { recursive: true });
    writeFileSync(destination, hugoSafeMarkdown(readFileSync(source, "utf8")));
  }
}
