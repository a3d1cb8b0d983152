import { readFileSync } from "node:fs";
import MarkdownIt from "markdown-it";
import { splitFrontMatter } from "../archive/readFrontMatter.ts";
import { xmlSafeText } from "../archive/xmlSafeText.ts";

/**
 * Scraped text is data: raw HTML off, and no linkify or typographer so that every character is
 * shown as written (ingest has already escaped Markdown punctuation).
 */
export const articleMarkdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

type RenderRule = NonNullable<(typeof articleMarkdown.renderer.rules)[string]>;
/** markdown-it's own rule for a token type, or its generic token renderer when it has none. */
const defaultRule = (type: string): RenderRule =>
  articleMarkdown.renderer.rules[type] ??
  ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));

// A link typed into a body by hand may lead to another site: like every such link the site
// writes, it passes no referrer, no window handle and no ranking.
const otherSiteUrl = /^(?:https?:)?\/\//i;
const renderLinkOpen = defaultRule("link_open");
articleMarkdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index];
  if (token && otherSiteUrl.test(String(token.attrGet("href") ?? "")))
    token.attrSet("rel", "nofollow noopener noreferrer");
  return renderLinkOpen(tokens, index, options, env, self);
};

// An image typed into a body from another site would be blocked by the pages' Content-Security-
// Policy (no request to another host) and show as a broken image: it becomes a link to it instead.
const { escapeHtml } = articleMarkdown.utils;
const renderImage = defaultRule("image");
articleMarkdown.renderer.rules.image = (tokens, index, options, env, self) => {
  const token = tokens[index];
  const src = String(token?.attrGet("src") ?? "");
  if (!token || !otherSiteUrl.test(src)) return renderImage(tokens, index, options, env, self);
  const alt = self.renderInlineAsText(token.children ?? [], options, env).trim();
  const text = alt === "" ? "صورة" : `صورة: ${alt}`;
  return `<a href="${escapeHtml(src)}" rel="nofollow noopener noreferrer">${escapeHtml(text)}</a>`;
};

/**
 * Returns the Markdown body of a front-matter file (everything after the closing `---`), without
 * the characters no output can carry ({@link xmlSafeText}): the page, search and open data all
 * read the body through here.
 */
export function stripFrontMatter(text: string): string {
  return xmlSafeText(
    splitFrontMatter(text)?.body ?? text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"),
  );
}

/** Renders Markdown to HTML with the article settings. */
export function renderMarkdown(markdown: string): string {
  return articleMarkdown.render(markdown);
}

/** Reads an article file and renders its body; called per article page so bodies never pile up in memory. */
export function renderArticleBody(file: string): string {
  return renderMarkdown(stripFrontMatter(readFileSync(file, "utf8")));
}
