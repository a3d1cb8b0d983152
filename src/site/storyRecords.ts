import { compareEarliest } from "../stories/groupStories.ts";
import type { StoryAssignments } from "../stories/storyAssignments.ts";
import { createNumberText, newspaperAfterPrepositionNoun, versionNoun } from "./arabicText.ts";
import type { ArticleRecord } from "./articleRecords.ts";
import type { SiteConfig } from "./siteConfig.ts";

/** Another article as a story or related list shows it. */
export interface ArticleMention {
  href: string;
  title: string;
  source: string;
  date: string | undefined;
  dateLabel: string | undefined;
}

/** One version in a story's list, oldest first. */
export interface StoryVersion extends ArticleMention {
  id: string;
  /** The earliest version: the one the story is named after. */
  isEarliest: boolean;
}

/** A story reported by more than one article, as its page shows it. */
export interface StoryView {
  id: string;
  /** `/stories/<id of the earliest version>/`. */
  href: string;
  /** The earliest version's title. */
  title: string;
  /** «3 نسخ في صحيفتين». */
  summaryLabel: string;
  versions: StoryVersion[];
}

/** What the article page shows about the article's story and its relatives. */
export interface ArticleStoryLinks {
  /** Id of the story's earliest version (the article's own id when reported once). */
  storyId: string;
  /** The story page, when the story has other versions. */
  storyHref: string | undefined;
  /** «3 نسخ» when the story has other versions. */
  storyVersionsLabel: string | undefined;
  /** The story's other versions, oldest first. */
  versions: StoryVersion[];
  /** Up to five articles of other stories on related subjects, most related first. */
  related: ArticleMention[];
}

/** The URL of a story page. */
export function storyHref(storyId: string): string {
  return `/stories/${storyId}/`;
}

function mention(record: ArticleRecord): ArticleMention {
  const { href, title, source, date, dateLabel } = record;
  return { href, title, source, date, dateLabel };
}

/**
 * Groups article records by the story clustering assigned them, and gives each article its
 * story's other versions and its related articles as links. Articles the assignments do not know
 * (new since clustering ran) are stories of their own. Returns the stories with two or more
 * versions, oldest story first (their pages' order), and the links per article id.
 */
export function buildStoryRecords(
  articles: readonly ArticleRecord[],
  assignments: StoryAssignments,
  config: SiteConfig,
): { stories: StoryView[]; links: Map<string, ArticleStoryLinks> } {
  const numbers = createNumberText(config);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const members = new Map<string, ArticleRecord[]>();
  for (const article of articles) {
    const story = assignments.get(article.id)?.story ?? article.id;
    const list = members.get(story) ?? [];
    list.push(article);
    members.set(story, list);
  }
  const stories: StoryView[] = [];
  const versionsOf = new Map<string, StoryVersion[]>();
  for (const [id, list] of members) {
    if (list.length < 2) continue;
    list.sort(compareEarliest);
    const versions = list.map((a, i) => ({ ...mention(a), id: a.id, isEarliest: i === 0 }));
    versionsOf.set(id, versions);
    const papers = new Set(list.map((a) => a.source)).size;
    stories.push({
      id,
      href: storyHref(id),
      title: list[0]?.title ?? "",
      summaryLabel: `${numbers.count(list.length, versionNoun)} في ${numbers.count(papers, newspaperAfterPrepositionNoun)}`,
      versions,
    });
  }
  stories.sort((a, b) =>
    compareEarliest(byId.get(a.id) as ArticleRecord, byId.get(b.id) as ArticleRecord),
  );

  const links = new Map<string, ArticleStoryLinks>();
  for (const article of articles) {
    const story = assignments.get(article.id)?.story ?? article.id;
    const versions = versionsOf.get(story);
    const related = (assignments.get(article.id)?.related ?? [])
      .map((id) => byId.get(id))
      .filter((r): r is ArticleRecord => r !== undefined)
      .map(mention);
    links.set(article.id, {
      storyId: story,
      storyHref: versions ? storyHref(story) : undefined,
      storyVersionsLabel: versions ? numbers.count(versions.length, versionNoun) : undefined,
      versions: versions?.filter((v) => v.id !== article.id) ?? [],
      related,
    });
  }
  return { stories, links };
}
