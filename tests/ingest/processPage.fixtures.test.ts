import { describe, expect, it } from "vitest";
import { articleFrontMatterSchema } from "../../src/archive/articleFrontMatter.ts";
import { processPage } from "../../src/ingest/processPage.ts";
import { renderArticleMarkdown } from "../../src/ingest/renderArticleMarkdown.ts";
import { expectedFile, fixtureCases, fixtureInput } from "./fixtureCases.ts";

const SCRAPED_AT = "2024-01-01T00:00:00.000Z";

function runCase(name: string) {
  const page = processPage(fixtureInput(name), {
    scrapedFrom: `${name}/input.txt`,
    scrapedAt: SCRAPED_AT,
  });
  const markdown = page.article
    ? renderArticleMarkdown(page.article.frontMatter, page.article.bodyParagraphs)
    : undefined;
  const outcome = {
    ...(page.rejection ? { rejection: page.rejection } : {}),
    warnings: page.warnings,
    tickerHeadlines: page.tickerHeadlines,
  };
  return { page, markdown, outcome: `${JSON.stringify(outcome, null, 2)}\n` };
}

describe("every fixture page gives the Markdown and outcome stored beside it", () => {
  it.each(fixtureCases())("%s", (name) => {
    const { page, markdown, outcome } = runCase(name);
    expect(markdown).toBe(expectedFile(name, "expected.md", markdown));
    expect(outcome).toBe(expectedFile(name, "expected.json", outcome));
    if (page.article)
      expect(() => articleFrontMatterSchema.parse(page.article?.frontMatter)).not.toThrow();
  });
});
