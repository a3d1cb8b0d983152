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
 * @example await bundleSearchClient("_site/assets")
 */
export async function bundleSearchClient(
  outDir: string,
): Promise<{ file: string; bytes: number }[]> {
  await build({
    entryPoints: {
      [SEARCH_CLIENT_FILES.searchPage.replace(/\.js$/, "")]: path.join(
        sourceDir,
        "searchPage.client.ts",
      ),
      [SEARCH_CLIENT_FILES.articleHighlight.replace(/\.js$/, "")]: path.join(
        sourceDir,
        "articleHighlight.client.ts",
      ),
    },
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
    Object.values(SEARCH_CLIENT_FILES).map(async (name) => {
      const file = path.join(outDir, name);
      return { file, bytes: (await stat(file)).size };
    }),
  );
}
