import { readCorpusTruth } from "../corpus/corpusTruth.ts";
import { articleHref } from "../site/articleRecords.ts";
import { loadArchive } from "../site/loadArchive.ts";
import type { StoryQuery } from "./findTheStory.ts";

/**
 * The find-the-story queries of a generated corpus, with each expected article named by its page
 * URL on the built site (looked up in the content's front matter by its source URL).
 */
export async function storyQueriesFromTruth(
  truthDir: string,
  contentDir: string,
): Promise<StoryQuery[]> {
  const truth = readCorpusTruth(truthDir);
  const hrefOfSource = new Map<string, string>();
  for (const { frontMatter } of (await loadArchive(contentDir)).articles) {
    if (frontMatter.url) hrefOfSource.set(frontMatter.url, articleHref(frontMatter));
  }
  return truth.queries.map((query) => ({
    query: query.query,
    kind: query.kind,
    expectHrefs: query.expectUrls.map((url) => {
      const href = hrefOfSource.get(url);
      if (!href) throw new Error(`no article in ${contentDir} has the source URL ${url}`);
      return href;
    }),
  }));
}
