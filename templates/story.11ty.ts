// Story pages, one per story reported by several articles (thousands): a typed render function.
import { paginateKind } from "../src/site/pageKinds.ts";
import { storyPage, type StoryPageData } from "../src/site/views/storyPage.ts";

export const data = paginateKind("stories", "story");

/** Renders one story page. */
export function render(page: StoryPageData): string {
  return storyPage(page);
}
