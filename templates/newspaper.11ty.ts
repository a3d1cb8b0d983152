// Newspaper pages, a month of a newspaper's articles each (thousands): a typed render function.
import type { NewspaperView } from "../src/site/archiveModel.ts";
import { newspaperPage, type NewspaperPageData } from "../src/site/views/newspaperPage.ts";

export const data = {
  pagination: {
    data: "archive.pages.newspaperViews",
    size: 1,
    alias: "view",
  },
  permalink: (page: { view: NewspaperView }): string => page.view.href,
};

/** Renders one page of a newspaper's articles. */
export function render(page: NewspaperPageData): string {
  return newspaperPage(page);
}
