import matter from "gray-matter";
import type { ArticleFrontMatter, HeadlineFrontMatter } from "../archive/articleFrontMatter.ts";
import { paragraphsToMarkdown } from "./escapeMarkdownText.ts";

// No line folding: one front matter line per field keeps diffs and greps simple.
// gray-matter passes these options on to js-yaml, whose options its types do not list.
const YAML_OPTIONS = { lineWidth: -1 } as unknown as Parameters<typeof matter.stringify>[2];

/** The article's Markdown file: gray-matter front matter, then the escaped paragraphs. */
export function renderArticleMarkdown(
  frontMatter: ArticleFrontMatter,
  paragraphs: readonly string[],
): string {
  return matter.stringify(paragraphsToMarkdown(paragraphs), frontMatter, YAML_OPTIONS);
}

/** A ticker headline's Markdown file: front matter, then the headline text escaped. */
export function renderHeadlineMarkdown(frontMatter: HeadlineFrontMatter): string {
  return matter.stringify(paragraphsToMarkdown([frontMatter.text]), frontMatter, YAML_OPTIONS);
}
