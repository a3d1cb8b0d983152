// Wiring only: every plugin lives in src/site/. Run through `news-archive build` (see src/site/buildSite.ts).
import { HtmlBasePlugin } from "@11ty/eleventy";
import { archiveDataPlugin } from "./src/site/archiveDataPlugin.ts";
import { assetsPlugin } from "./src/site/assetsPlugin.ts";
import { renderShardPlugin } from "./src/site/renderShards.ts";
import { readBuildSettings, siteConfigFor } from "./src/site/buildSettings.ts";
import type { EleventyConfig } from "./src/site/eleventyConfig.ts";
import { filtersPlugin } from "./src/site/filtersPlugin.ts";
import { siteDataPlugin } from "./src/site/siteDataPlugin.ts";
import { templateEnginesPlugin } from "./src/site/templateEnginesPlugin.ts";
import { xmlOutputPlugin } from "./src/site/xmlOutputPlugin.ts";

export default function eleventyConfig(eleventyConfig: EleventyConfig) {
  const settings = readBuildSettings();
  const config = siteConfigFor(settings);

  eleventyConfig.addPlugin(templateEnginesPlugin);
  eleventyConfig.addPlugin(siteDataPlugin, { config });
  eleventyConfig.addPlugin(archiveDataPlugin, {
    contentDir: settings.contentDir,
    config,
    stateFile: settings.stateFile,
    incremental: settings.incremental,
    shard: settings.renderShard,
    soloLimit: settings.soloLimit,
    stateOut: settings.stateOut,
  });
  eleventyConfig.addPlugin(filtersPlugin, { config });
  eleventyConfig.addPlugin(xmlOutputPlugin);
  eleventyConfig.addPlugin(assetsPlugin, { writeFiles: (settings.renderShard?.index ?? 0) === 0 });
  if (settings.renderShard) eleventyConfig.addPlugin(renderShardPlugin, settings.renderShard);
  // Prefixes every root-relative href/src in the HTML with the path prefix (subfolder hosting).
  eleventyConfig.addPlugin(HtmlBasePlugin);

  return {
    // Input and output folders come from the build command (src/site/buildSite.ts).
    dir: { includes: "_includes" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    // Scraped text must never run as a template.
    markdownTemplateEngine: false,
    pathPrefix: config.pathPrefix,
  };
}
