import { readFileSync } from "node:fs";
import type { ArchiveModel } from "../site/archiveModel.ts";
import { stripFrontMatter } from "../site/renderArticleBody.ts";
import { markdownSearchParts } from "../search/markdownSearchParts.ts";
import type { SearchEntry } from "../search/searchEntry.ts";
import { searchHeadlines, type SearchHeadline } from "./searchHeadlines.ts";

/**
 * What the search index holds, straight from the site's model: every article page (its URL,
 * title, newspaper and date as the site renders them, its body read from the Markdown when its
 * shard is indexed) and every ticker headline on its headlines page. No built page is read, so no
 * page text can change what is indexed.
 */
export function archiveSearchEntries(
  model: Pick<ArchiveModel, "articles" | "headlineViews">,
): SearchEntry[] {
  const articles = model.articles.map((article): SearchEntry => {
    const links = article.story;
    const story =
      links?.storyHref === undefined
        ? undefined
        : { id: links.storyId, url: links.storyHref, versions: links.versions.length + 1 };
    return {
      id: article.href,
      kind: "article",
      date: article.date,
      // The file's hash covers the body and front matter; the rest is what the model adds.
      signature: [
        article.contentHash,
        article.href,
        article.source,
        story ? `${story.id} ${story.versions}` : "",
      ].join("\t"),
      load: () => {
        const body = markdownSearchParts(stripFrontMatter(readFileSync(article.file, "utf8")));
        return {
          url: article.href,
          kind: "article",
          title: article.title,
          bodyHtml: body.html,
          bodyText: body.text,
          newspaper: article.source,
          date: article.date,
          story,
        };
      },
    };
  });
  return [...articles, ...headlineSearchEntries(searchHeadlines(model.headlineViews))];
}

/** The index records of ticker headlines, each at its item on its headlines page. */
export function headlineSearchEntries(headlines: readonly SearchHeadline[]): SearchEntry[] {
  return headlines.map((headline): SearchEntry => {
    const date = headline.firstSeen.slice(0, 10);
    return {
      id: headline.url,
      kind: "headline",
      date,
      // lastSeen changes on every scrape that shows the headline again and is not indexed.
      signature: [headline.text, headline.url, date].join("\t"),
      load: () => ({
        url: headline.url,
        kind: "headline",
        title: headline.text,
        bodyHtml: "",
        bodyText: "",
        date,
      }),
    };
  });
}
