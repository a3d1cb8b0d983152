import type { ArticleFrontMatter, HeadlineFrontMatter } from "../archive/articleFrontMatter.ts";
import { dumpFrontMatter } from "./dumpFrontMatter.ts";
import { paragraphsToMarkdown } from "./escapeMarkdownText.ts";

/**
 * What gray-matter's stringify writes for a file object (front matter between `---` lines, then
 * the body ending in a newline), with the YAML from dumpFrontMatter: gray-matter's js-yaml took
 * a tenth of ingest's time, and tests/ingest/dumpFrontMatter.test.ts holds the two equal.
 */
function stringify(body: string, data: Readonly<Record<string, unknown>>): string {
  return `---\n${dumpFrontMatter(data)}\n---\n${body.endsWith("\n") ? body : `${body}\n`}`;
}

/** The article's Markdown file: gray-matter front matter, then the escaped paragraphs. */
export function renderArticleMarkdown(
  frontMatter: ArticleFrontMatter,
  paragraphs: readonly string[],
): string {
  return stringify(paragraphsToMarkdown(paragraphs), frontMatter);
}

/** A ticker headline's Markdown file: front matter, then the headline text escaped. */
export function renderHeadlineMarkdown(frontMatter: HeadlineFrontMatter): string {
  return stringify(paragraphsToMarkdown([frontMatter.text]), frontMatter);
}
