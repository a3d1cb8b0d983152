import path from "node:path";
import type { EleventyConfig } from "./eleventyConfig.ts";
import { pageKindNames, pageKinds } from "./pageKinds.ts";

/** Templates of the page kinds whose pages render shards and parts share (see PageKind.shard). */
const splitTemplates = new Set(
  pageKindNames
    .filter((name) => pageKinds[name].shard === "split")
    .map((name) => pageKinds[name].template),
);

/**
 * Leaves every template but those of `split` page kinds out of the build: a render shard past
 * the first, or a part of an archive built on several machines, renders only its share of them.
 */
export function splitKindsOnlyPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPreprocessor("split-kinds-only", "njk", (data) =>
    splitTemplates.has(path.basename(data.page.inputPath)) ? undefined : false,
  );
}
