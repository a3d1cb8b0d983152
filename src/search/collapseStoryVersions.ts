/** What grouping needs of a result: the story id the index gave its record, if any. */
interface StoryMarked {
  meta: Record<string, string | undefined>;
}

/**
 * The results to show, one per story: a result whose story was already shown (in this list or
 * an earlier page, recorded in `seen`) is dropped, so the best-ranked version stands for its story.
 * Results without a story are all kept. `seen` is updated with the stories kept.
 * @example collapseStoryVersions([{ meta: { story: "a" } }, { meta: { story: "a" } }], new Set()) // first only
 */
export function collapseStoryVersions<Result extends StoryMarked>(
  results: readonly Result[],
  seen: Set<string>,
): Result[] {
  return results.filter((result) => {
    const story = result.meta.story;
    if (!story) return true;
    if (seen.has(story)) return false;
    seen.add(story);
    return true;
  });
}

/** The result with its story page's root-relative URL placed under the site's base path. */
export function withStoryUnder<Result extends StoryMarked>(
  siteBase: string,
  result: Result,
): Result {
  const storyUrl = result.meta.storyUrl;
  if (!storyUrl?.startsWith("/")) return result;
  return { ...result, meta: { ...result.meta, storyUrl: siteBase.replace(/\/+$/, "") + storyUrl } };
}
