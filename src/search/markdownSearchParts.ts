import { articleMarkdown } from "../site/renderArticleBody.ts";

/** An article body as the search index takes it: safe HTML and the same words as plain text. */
export interface MarkdownSearchParts {
  html: string;
  text: string;
}

/**
 * Renders an article's Markdown body once with the site's own settings (raw HTML off) and reads
 * its words from the same tokens, so the index holds exactly what the article page shows.
 * @example markdownSearchParts("نص **مهم**") // { html: "<p>نص <strong>مهم</strong></p>\n", text: "نص مهم" }
 */
export function markdownSearchParts(markdown: string): MarkdownSearchParts {
  const tokens = articleMarkdown.parse(markdown, {});
  const words: string[] = [];
  for (const token of tokens) {
    if (token.type !== "inline") continue;
    for (const child of token.children ?? []) {
      if (child.type === "text" || child.type === "code_inline") words.push(child.content);
      else if (child.type === "softbreak" || child.type === "hardbreak") words.push(" ");
    }
    words.push(" ");
  }
  return {
    html: articleMarkdown.renderer.render(tokens, articleMarkdown.options, {}),
    text: words.join("").replace(/\s+/g, " ").trim(),
  };
}
