// Story pages, one per story reported by several articles (thousands): a typed render function.
import type { StoryView } from "../src/site/storyRecords.ts";
import { storyPage, type StoryPageData } from "../src/site/views/storyPage.ts";

export const data = {
  pagination: {
    data: "archive.pages.stories",
    size: 1,
    alias: "story",
  },
  permalink: (page: { story: StoryView }): string => page.story.href,
};

/** Renders one story page. */
export function render(page: StoryPageData): string {
  return storyPage(page);
}
