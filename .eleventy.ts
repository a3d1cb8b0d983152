// Wiring only: every plugin lives in src/site/. Eleventy merges `config` from this file; the
// build (src/site/buildSite.ts) passes `archiveSite(options)` as Eleventy's `config` callback.
import { HtmlBasePlugin } from "@11ty/eleventy";
import { archiveDataPlugin, type ArchiveDataOptions } from "./src/site/archiveDataPlugin.ts";
import { assetsPlugin } from "./src/site/assetsPlugin.ts";
import type { EleventyConfig } from "./src/site/eleventyConfig.ts";
import { filtersPlugin } from "./src/site/filtersPlugin.ts";
import { renderShardPlugin, type RenderShard } from "./src/site/renderShardPlugin.ts";
import type { SiteConfig } from "./src/site/siteConfig.ts";
import { siteDataPlugin } from "./src/site/siteDataPlugin.ts";
import { templateEnginesPlugin } from "./src/site/templateEnginesPlugin.ts";
import { xmlOutputPlugin } from "./src/site/xmlOutputPlugin.ts";

/** Settings that never change between runs (input and output folders come from the build). */
export const config = {
  dir: { includes: "_includes" },
  templateFormats: ["njk"],
  htmlTemplateEngine: "njk",
  // Scraped text must never run as a template.
  markdownTemplateEngine: false,
};

/** What one Eleventy run of the site needs. */
export interface ArchiveSiteOptions extends ArchiveDataOptions {
  config: SiteConfig;
  /** This run renders one share of the pages; shard 0 also writes the assets. Absent: everything. */
  shard?: RenderShard | undefined;
}

/** The site's plugins for one run, as an Eleventy `config` callback. */
export function archiveSite(options: ArchiveSiteOptions) {
  return (eleventyConfig: EleventyConfig): void => {
    const { config } = options;
    eleventyConfig.addPlugin(templateEnginesPlugin);
    eleventyConfig.addPlugin(siteDataPlugin, { config });
    eleventyConfig.addPlugin(archiveDataPlugin, options);
    eleventyConfig.addPlugin(filtersPlugin, { config });
    eleventyConfig.addPlugin(xmlOutputPlugin);
    eleventyConfig.addPlugin(assetsPlugin, { writeFiles: (options.shard?.index ?? 0) === 0 });
    if (options.shard) eleventyConfig.addPlugin(renderShardPlugin, options.shard);
    // Prefixes every root-relative href/src in the HTML with the path prefix (subfolder hosting).
    eleventyConfig.addPlugin(HtmlBasePlugin);
  };
}
