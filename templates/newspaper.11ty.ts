// Newspaper pages, a month of a newspaper's articles each (thousands): a typed render function.
import { paginateKind } from "../src/site/pageKinds.ts";
import { newspaperPage, type NewspaperPageData } from "../src/site/views/newspaperPage.ts";

export const data = paginateKind("newspaperViews", "view");

/** Renders one page of a newspaper's articles. */
export function render(page: NewspaperPageData): string {
  return newspaperPage(page);
}
