import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// The plainest Eleventy site over the same Markdown: one bare Nunjucks layout and nothing else.
// markdownTemplateEngine is off as in the real site (scraped text is never a template), which is
// also the cheaper setting, so the baseline is not slowed down by it.
const CONFIG = `export default function (eleventyConfig) {
  eleventyConfig.addGlobalData("layout", "article.njk");
  return {
    dir: { input: "src", includes: "_includes", output: "_site" },
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
  };
}
`;

const LAYOUT = `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main><h1>{{ title }}</h1>{{ content | safe }}</main></body>
</html>
`;

/** Writes a bare Eleventy project in `dir` whose input is a copy of `articlesDir`. */
export function writeEleventyBaseline(dir: string, articlesDir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src", "_includes"), { recursive: true });
  writeFileSync(join(dir, "eleventy.config.mjs"), CONFIG);
  writeFileSync(join(dir, "src", "_includes", "article.njk"), LAYOUT);
  cpSync(articlesDir, join(dir, "src", "articles"), { recursive: true });
}
