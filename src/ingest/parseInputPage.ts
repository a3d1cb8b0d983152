import type { PageOrigin } from "./buildArticleRecord.ts";
import { hashText } from "./hashText.ts";
import type { PageSummary } from "./ingestState.ts";
import { articleOutputPath } from "./outputPaths.ts";
import { processPage } from "./processPage.ts";
import { renderArticleMarkdown } from "./renderArticleMarkdown.ts";

/** What parsing a new raw page gives the runner: its summary, ticker, and article Markdown. */
export interface ParsedInputPage {
  summary: PageSummary;
  tickerHeadlines: string[];
  /** The article rendered as if it had no duplicates (the usual case). */
  article?: { id: string; output: string; markdown: string };
}

/**
 * Parses one raw page and renders its article: the CPU-heavy part of ingest, pure, so it can
 * run in a worker thread. The summary does not depend on the origin (scrape time, URL), so it
 * stays valid when only the manifest changes.
 */
export function parseInputPage(bytes: Uint8Array, origin: PageOrigin): ParsedInputPage {
  const page = processPage(bytes, origin);
  const summary: PageSummary = { warnings: page.warnings };
  if (page.rejection) summary.rejected = page.rejection;
  if (page.tickerHeadlines.length > 0) summary.ticker = tickerKey(page.tickerHeadlines);
  if (!page.article) return { summary, tickerHeadlines: page.tickerHeadlines };
  const fm = page.article.frontMatter;
  summary.article = {
    id: fm.id,
    title: fm.title,
    source: fm.source,
    ...(fm.date ? { date: fm.date } : {}),
    ...(fm.dateProblem ? { dateProblem: fm.dateProblem } : {}),
  };
  return {
    summary,
    tickerHeadlines: page.tickerHeadlines,
    article: {
      id: fm.id,
      output: articleOutputPath(fm),
      markdown: renderArticleMarkdown(fm, page.article.bodyParagraphs),
    },
  };
}

/** Key of a ticker in the state's ticker table. */
export function tickerKey(headlines: readonly string[]): string {
  return hashText(headlines.join("\n"), 16);
}
