// Day pages, one per day with news (thousands): a typed render function in the site's shell.
import { paginateKind } from "../src/site/pageKinds.ts";
import { dayPage, type DayPageData } from "../src/site/views/dayPage.ts";

export const data = paginateKind("dayViews", "view");

/** Renders one day page. */
export function render(page: DayPageData): string {
  return dayPage(page).markup;
}
