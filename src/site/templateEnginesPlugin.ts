import type { EleventyConfig } from "./eleventyConfig.ts";
import { articleMarkdown } from "./renderArticleBody.ts";

/**
 * Markdown with the article settings (raw HTML off), Nunjucks with autoescaping, and TypeScript
 * JavaScript templates (`.11ty.ts`, loaded through tsx like the config) for every template.
 */
export function templateEnginesPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  eleventyConfig.setLibrary("md", articleMarkdown);
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true });
}
