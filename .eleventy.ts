// Wiring only: every plugin lives in src/site/. Eleventy merges `config` from this file; the
// build (src/build/runEleventy.ts) passes `archiveSite(options)` as Eleventy's `config` callback.
import { HtmlBasePlugin } from "@11ty/eleventy";
import { archiveDataPlugin, type ArchiveDataOptions } from "./src/site/archiveDataPlugin.ts";
import { assetsPlugin } from "./src/site/assetsPlugin.ts";
import { layoutPlugin } from "./src/site/layoutPlugin.ts";
import { pageCountPlugin } from "./src/site/pageCountPlugin.ts";
import type { EleventyConfig } from "./src/site/eleventyConfig.ts";
import { filtersPlugin } from "./src/site/filtersPlugin.ts";
import type { SiteConfig } from "./src/site/siteConfig.ts";
import { siteDataPlugin } from "./src/site/siteDataPlugin.ts";
import { pageKindsOnlyPlugin, type PageKindsOnly } from "./src/site/pageKindsOnlyPlugin.ts";
import { templateEnginesPlugin } from "./src/site/templateEnginesPlugin.ts";
import { xmlOutputPlugin } from "./src/site/xmlOutputPlugin.ts";

/** Settings that never change between runs (input and output folders come from the build). */
export const config = {
  dir: { includes: "_includes" },
  templateFormats: ["njk", "11ty.ts"],
  htmlTemplateEngine: "njk",
  // Scraped text must never run as a template.
  markdownTemplateEngine: false,
};

/** What one Eleventy run of the site needs. */
export interface ArchiveSiteOptions extends ArchiveDataOptions {
  config: SiteConfig;
  /**
   * Render only the templates of these page kinds and write no assets (a render process past the
   * first, or one part of an archive built on several machines). @default everything
   */
  pageKindsOnly?: PageKindsOnly | undefined;
  /** Called after each file Eleventy renders (progress). */
  onPage?: (() => void) | undefined;
}

/** The site's plugins for one run, as an Eleventy `config` callback. */
export function archiveSite(options: ArchiveSiteOptions) {
  return (eleventyConfig: EleventyConfig): void => {
    const { config } = options;
    eleventyConfig.addPlugin(templateEnginesPlugin);
    eleventyConfig.addPlugin(siteDataPlugin, { config });
    eleventyConfig.addPlugin(archiveDataPlugin, options);
    eleventyConfig.addPlugin(filtersPlugin, { config });
    eleventyConfig.addPlugin(layoutPlugin);
    eleventyConfig.addPlugin(xmlOutputPlugin);
    eleventyConfig.addPlugin(assetsPlugin, { writeFiles: !options.pageKindsOnly });
    if (options.pageKindsOnly) eleventyConfig.addPlugin(pageKindsOnlyPlugin, options.pageKindsOnly);
    if (options.onPage) eleventyConfig.addPlugin(pageCountPlugin, options.onPage);
    // Prefixes every root-relative href/src in the HTML with the path prefix (subfolder hosting).
    eleventyConfig.addPlugin(HtmlBasePlugin);
  };
}
