import type { StoryPair } from "./findStoryPairs.ts";

/** What grouping needs of an article: its id and date (ISO, undefined when undated). */
export interface StoryMember {
  id: string;
  date: string | undefined;
}

/** Earliest first (undated last), ties by id: the first of a story names it. */
export function compareEarliest(a: StoryMember, b: StoryMember): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Joins paired articles into stories (connected components) and names each story after its
 * earliest article, so a story keeps its id when later versions arrive. Every article gets a
 * story id; an article with no pair is a story of its own. Pairs naming unknown ids are ignored.
 */
export function groupStories(
  articles: readonly StoryMember[],
  pairs: readonly StoryPair[],
): Map<string, string> {
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    while (parent[i] !== root) {
      const next = parent[i] ?? root;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  for (const [a, b] of pairs) {
    const ia = index.get(a);
    const ib = index.get(b);
    if (ia === undefined || ib === undefined) continue;
    const ra = find(ia);
    const rb = find(ib);
    if (ra === rb) continue;
    // The root is always the earliest member, so it names the story.
    const earlier = compareEarliest(articles[ra] as StoryMember, articles[rb] as StoryMember) <= 0;
    if (earlier) parent[rb] = ra;
    else parent[ra] = rb;
  }
  const stories = new Map<string, string>();
  articles.forEach((article, i) => stories.set(article.id, articles[find(i)]?.id ?? article.id));
  return stories;
}
