import matter from "gray-matter";
import type { ArticleFrontMatter, HeadlineFrontMatter } from "../archive/articleFrontMatter.ts";
import { paragraphsToMarkdown } from "./escapeMarkdownText.ts";

// No line folding: one front matter line per field keeps diffs and greps simple.
// gray-matter passes these options on to js-yaml, whose options its types do not list.
const YAML_OPTIONS = { lineWidth: -1 } as unknown as Parameters<typeof matter.stringify>[2];

/**
 * gray-matter's stringify, given a string, first parses it for front matter of its own; given a
 * file object it just prepends the YAML. The body is our escaped text, so a file object is safe
 * and skips that parse.
 */
function stringify(body: string, data: object): string {
  const file = { content: body, data: {} } as unknown as Parameters<typeof matter.stringify>[0];
  return matter.stringify(file, data, YAML_OPTIONS);
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
