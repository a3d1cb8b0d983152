// Day pages, one per day with news (thousands): a typed render function in the site's shell.
import type { DayView } from "../src/site/dayViews.ts";
import { dayPage, type DayPageData } from "../src/site/views/dayPage.ts";

export const data = {
  pagination: {
    data: "archive.pages.dayViews",
    size: 1,
    alias: "view",
  },
  permalink: (page: { view: DayView }): string => page.view.href,
};

/** Renders one day page. */
export function render(page: DayPageData): string {
  return dayPage(page).markup;
}
