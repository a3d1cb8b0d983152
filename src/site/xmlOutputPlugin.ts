import type { EleventyConfig } from "./eleventyConfig.ts";
import { xmlSafeText } from "../archive/xmlSafeText.ts";

/**
 * Passes every `.xml` output (Atom feed, sitemaps) through {@link xmlSafeText}: one control
 * character in one scraped title must not make the whole document malformed.
 */
export function xmlOutputPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addTransform("xmlSafeText", function (content) {
    const outputPath = this.page.outputPath;
    return typeof outputPath === "string" && outputPath.endsWith(".xml")
      ? xmlSafeText(content)
      : content;
  });
}
