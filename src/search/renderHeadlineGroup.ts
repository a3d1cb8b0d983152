/**
 * Draws the ticker headlines a query found as one compact group beside the article results
 * (above them on a phone): one line each, linked to the headline on its headlines page.
 */
import { createNumberText, headlineNoun } from "../site/arabicText.ts";
import { markMatches } from "./highlightTerms.ts";
import { formatResultDate, resultHref, type ResultData } from "./renderSearchResult.ts";
import { appendSegments } from "./renderSegments.ts";

const numberText = createNumberText({ locale: "ar", digits: "latn" });

/** The group's heading: «عناوين شريط الأخبار (12 عنوانًا)». */
export function headlineGroupHeading(total: number): string {
  return `عناوين شريط الأخبار (${numberText.count(total, headlineNoun)})`;
}

/**
 * Fills the group: its heading with the total, then one item per headline shown so far. The
 * group is hidden when the query found no headline.
 * @example renderHeadlineGroup(group, shownHeadlines, 12, terms, "حكومة")
 */
export function renderHeadlineGroup(
  group: HTMLElement,
  headlines: readonly ResultData[],
  total: number,
  terms: string[],
  query: string,
): void {
  const document = group.ownerDocument;
  group.hidden = total === 0;
  const heading = group.querySelector("h2");
  if (heading) heading.textContent = headlineGroupHeading(total);
  const list = group.querySelector("ol");
  if (!list) return;
  list.replaceChildren();
  for (const headline of headlines) {
    const item = document.createElement("li");
    item.className = "headline-result";
    const link = document.createElement("a");
    link.href = resultHref(headline.url, query, document.baseURI);
    link.dir = "auto";
    appendSegments(link, markMatches(headline.meta.title ?? headline.content, terms));
    item.append(link);
    const date = formatResultDate(headline.meta.date);
    if (date) {
      const time = document.createElement("time");
      time.dateTime = headline.meta.date ?? "";
      time.textContent = date;
      item.append(" ", time);
    }
    list.append(item);
  }
}
