import { readFileSync } from "node:fs";
import MarkdownIt from "markdown-it";

/**
 * Scraped text is data: raw HTML off, and no linkify or typographer so that every character is
 * shown as written (ingest has already escaped Markdown punctuation).
 */
export const articleMarkdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Returns the Markdown body of a front-matter file (everything after the closing `---`). */
export function stripFrontMatter(text: string): string {
  const source = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!source.startsWith("---\n")) return source;
  const end = source.indexOf("\n---", 3);
  if (end === -1) return source;
  const afterFence = source.indexOf("\n", end + 4);
  return afterFence === -1 ? "" : source.slice(afterFence + 1);
}

/** Renders Markdown to HTML with the article settings. */
export function renderMarkdown(markdown: string): string {
  return articleMarkdown.render(markdown);
}

/** Reads an article file and renders its body; called per article page so bodies never pile up in memory. */
export function renderArticleBody(file: string): string {
  return renderMarkdown(stripFrontMatter(readFileSync(file, "utf8")));
}
