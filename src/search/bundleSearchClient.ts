import { stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** The browser files the site must load: the search page's and the article highlighter's. */
export const SEARCH_CLIENT_FILES = {
  searchPage: "search-page.js",
  articleHighlight: "search-highlight.js",
} as const;

const sourceDir = path.dirname(fileURLToPath(import.meta.url));

/**
 * Bundles the search page script and the article highlighter into `outDir` as two standalone
 * ES modules (load them with `<script type="module" src>`); returns their paths and sizes.
 * @example await bundleSearchClient("_site/search", { searchPage: "search.js" })
 */
export async function bundleSearchClient(
  outDir: string,
  names: Partial<Record<keyof typeof SEARCH_CLIENT_FILES, string>> = {},
): Promise<{ file: string; bytes: number }[]> {
  const files = { ...SEARCH_CLIENT_FILES, ...names };
  await build({
    entryPoints: [
      {
        in: path.join(sourceDir, "searchPage.client.ts"),
        out: files.searchPage.replace(/\.js$/, ""),
      },
      {
        in: path.join(sourceDir, "articleHighlight.client.ts"),
        out: files.articleHighlight.replace(/\.js$/, ""),
      },
    ],
    outdir: outDir,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2020",
    minify: true,
    charset: "utf8",
    legalComments: "none",
    logLevel: "silent",
  });
  return Promise.all(
    Object.values(files).map(async (name) => {
      const file = path.join(outDir, name);
      return { file, bytes: (await stat(file)).size };
    }),
  );
}
