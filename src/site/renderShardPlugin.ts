import path from "node:path";
import type { EleventyConfig } from "./eleventyConfig.ts";
import { pageKindNames, pageKinds } from "./pageKinds.ts";

/** One of `count` processes rendering the site together; shard 0 also renders every non-split page. */
export interface RenderShard {
  index: number;
  count: number;
}

/** Templates of the page kinds whose pages every shard shares (see PageKind.shard). */
const splitTemplates = new Set(
  pageKindNames
    .filter((name) => pageKinds[name].shard === "split")
    .map((name) => pageKinds[name].template),
);

/** In a shard other than the first, leaves every template but those of `split` page kinds out of the build. */
export function renderShardPlugin(eleventyConfig: EleventyConfig, shard: RenderShard): void {
  if (shard.index === 0) return;
  eleventyConfig.addPreprocessor("render-shard", "njk", (data) =>
    splitTemplates.has(path.basename(data.page.inputPath)) ? undefined : false,
  );
}
