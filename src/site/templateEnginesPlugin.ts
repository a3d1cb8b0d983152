import type { EleventyConfig } from "./eleventyConfig.ts";
import { articleMarkdown } from "./renderArticleBody.ts";

/** Uses the article Markdown settings (raw HTML off) for any Markdown Eleventy itself renders. */
export function markdownPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.setLibrary("md", articleMarkdown);
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true });
}
