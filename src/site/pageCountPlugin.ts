import type { EleventyConfig } from "./eleventyConfig.ts";

/** Calls `onPage` after each file Eleventy renders, so that a build can show its progress. */
export function pageCountPlugin(eleventyConfig: EleventyConfig, onPage: () => void): void {
  eleventyConfig.addTransform("page-count", (content) => {
    onPage();
    return content;
  });
}
