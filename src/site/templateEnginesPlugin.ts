import type { EleventyConfig } from "./eleventyConfig.ts";
import { articleMarkdown } from "./renderArticleBody.ts";

/** Markdown with the article settings (raw HTML off) and Nunjucks with autoescaping, for every template. */
export function templateEnginesPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.setLibrary("md", articleMarkdown);
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true });
}
