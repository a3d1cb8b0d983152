import { readFileSync } from "node:fs";
import path from "node:path";
import type { SearchHeadline } from "../../../src/build/searchHeadlines.ts";
import { extractIndexedText } from "../../../src/search/extractIndexedText.ts";
import { pageSortDate } from "../../../src/search/pageSortDate.ts";
import { listSiteHtmlFiles, siteUrlOfFile } from "../../../src/search/readSitePages.ts";
import type { SearchEntry } from "../../../src/search/searchEntry.ts";

function decode(html: string): string {
  return extractIndexedText(`<body>${html}</body>`).text;
}

/**
 * The search fixture (tests/fixtures/search: hand-written article pages and headlines.json) as
 * the archive model would describe it: each article page's title, newspaper, date and body
 * paragraphs, each headline with its URL. The home page, which is no article, is left out.
 */
export async function fixtureSearchEntries(
  fixtureDir: string,
  headlines: readonly SearchHeadline[] = JSON.parse(
    readFileSync(path.join(fixtureDir, "headlines.json"), "utf8"),
  ) as SearchHeadline[],
  siteDir = path.join(fixtureDir, "site"),
): Promise<SearchEntry[]> {
  const entries: SearchEntry[] = [];
  for (const file of await listSiteHtmlFiles(siteDir)) {
    const html = readFileSync(path.join(siteDir, file), "utf8");
    const article = /<article data-pagefind-body[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1];
    if (article === undefined) continue;
    const url = siteUrlOfFile(file);
    const title = decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(article)?.[1] ?? "");
    const newspaper = decode(/data-pagefind-meta="newspaper">([^<]*)</.exec(article)?.[1] ?? "");
    const date = pageSortDate(html);
    const paragraphs = [...article.matchAll(/<p(?: [^>]*)?>[\s\S]*?<\/p>/g)]
      .map((match) => match[0])
      .filter((paragraph) => !paragraph.startsWith('<p class="byline"'));
    const bodyHtml = paragraphs.join("\n");
    entries.push({
      id: url,
      kind: "article",
      date,
      signature: html,
      load: () => ({
        url,
        kind: "article",
        title,
        bodyHtml,
        bodyText: decode(bodyHtml),
        newspaper: newspaper || undefined,
        date,
      }),
    });
  }
  for (const headline of headlines) {
    const date = headline.firstSeen.slice(0, 10);
    entries.push({
      id: headline.url,
      kind: "headline",
      date,
      signature: `${headline.text}\t${date}\t${headline.newspaper ?? ""}`,
      load: () => ({
        url: headline.url,
        kind: "headline",
        title: headline.text,
        bodyHtml: "",
        bodyText: "",
        newspaper: headline.newspaper,
        date,
      }),
    });
  }
  return entries;
}
