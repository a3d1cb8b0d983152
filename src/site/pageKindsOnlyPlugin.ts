import path from "node:path";
import type { EleventyConfig } from "./eleventyConfig.ts";
import { pageKindNames, pageKinds } from "./pageKinds.ts";

/** Which templates a run keeps: those of every registered page kind, or of the `split` kinds only. */
export type PageKindsOnly = "every kind" | "split kinds";

const templatesOf = (only: PageKindsOnly) =>
  new Set(
    pageKindNames
      .filter((name) => only === "every kind" || pageKinds[name].shard === "split")
      .map((name) => pageKinds[name].template),
  );

/**
 * Leaves every other template out of the build (one-off pages, feeds, sitemaps): a render
 * process past the first renders only its share of the page kinds' pages, and a part of an
 * archive built on several machines only its share of the `split` kinds'.
 */
export function pageKindsOnlyPlugin(eleventyConfig: EleventyConfig, only: PageKindsOnly): void {
  const kept = templatesOf(only);
  // "*": every template engine, so a page kind rendered by a `.11ty.ts` function is filtered too.
  eleventyConfig.addPreprocessor("page-kinds-only", "*", (data) =>
    kept.has(path.basename(data.page.inputPath)) ? undefined : false,
  );
}
