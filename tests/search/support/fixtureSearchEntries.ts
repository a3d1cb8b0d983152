import { readFileSync } from "node:fs";
import path from "node:path";
import { headlineSearchEntries } from "../../../src/build/archiveSearchEntries.ts";
import type { SearchHeadline } from "../../../src/build/searchHeadlines.ts";
import { markdownSearchParts } from "../../../src/search/markdownSearchParts.ts";
import type { SearchEntry } from "../../../src/search/searchEntry.ts";
import { listSiteHtmlFiles, siteUrlOfFile } from "./siteHtmlFiles.ts";

/** The text of the first element `pattern` captures; the fixture pages hold plain text only. */
function textOf(html: string, pattern: RegExp): string {
  return pattern.exec(html)?.[1]?.trim() ?? "";
}

/**
 * The search fixture (tests/fixtures/search: hand-written article pages and headlines.json) as
 * the archive model would describe it: each article page's title, newspaper, date and body
 * paragraphs (read as the Markdown they were written from, through the indexer's own
 * `markdownSearchParts`), and the headlines through the indexer's own `headlineSearchEntries`.
 * The home page, which is no article, is left out.
 */
export async function fixtureSearchEntries(
  fixtureDir: string,
  headlines: readonly SearchHeadline[] = JSON.parse(
    readFileSync(path.join(fixtureDir, "headlines.json"), "utf8"),
  ) as SearchHeadline[],
  siteDir = path.join(fixtureDir, "site"),
): Promise<SearchEntry[]> {
  const entries: SearchEntry[] = [];
  for (const file of listSiteHtmlFiles(siteDir)) {
    const html = readFileSync(path.join(siteDir, file), "utf8");
    const article = /<article[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1];
    if (article === undefined) continue;
    const url = siteUrlOfFile(file);
    const title = textOf(article, /<h1[^>]*>([^<]*)<\/h1>/);
    const newspaper = textOf(article, /data-pagefind-meta="newspaper">([^<]*)</);
    const date = /<time datetime="(\d{4}-\d{2}-\d{2})"/.exec(article)?.[1];
    const markdown = [...article.matchAll(/<p>([^<]*)<\/p>/g)]
      .map((match) => match[1])
      .join("\n\n");
    entries.push({
      id: url,
      kind: "article",
      date,
      signature: html,
      load: () => {
        const body = markdownSearchParts(markdown);
        return {
          url,
          kind: "article",
          title,
          bodyHtml: body.html,
          bodyText: body.text,
          newspaper: newspaper || undefined,
          date,
        };
      },
    });
  }
  return [...entries, ...headlineSearchEntries(headlines)];
}
