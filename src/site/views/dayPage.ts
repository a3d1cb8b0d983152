import type { ArticleRecord } from "../articleRecords.ts";
import type { DayNewspaperGroup, DayView } from "../dayViews.ts";
import { breadcrumbView } from "./breadcrumbView.ts";
import { html, type SafeHtml } from "./html.ts";
import { pageLayout, type LayoutGlobals } from "./pageLayout.ts";
import { prevNext } from "./prevNext.ts";

/** What a day page reads: the shared globals, its day and its URL. */
export interface DayPageData extends LayoutGlobals {
  view: DayView;
  page: { url: string | false };
}

function titleItem(article: ArticleRecord): SafeHtml {
  return html`
<li><a href="${article.href}" dir="auto">${article.title}</a>${article.author && html` <span class="meta"><bdi>${article.author}</bdi></span>`}</li>`;
}

function newspaperGroup(group: DayNewspaperGroup): SafeHtml {
  return html`
<section class="day-group" id="${group.anchor}" aria-labelledby="${group.anchor}-h">
<h2 class="with-count" id="${group.anchor}-h"><a href="${group.href}"><bdi>${group.name}</bdi></a> <span class="meta">${group.countLabel}</span></h2>
<ul class="title-list">${group.items.map(titleItem)}
</ul>
</section>`;
}

/** The day's heading, its dates and counts, and chips to jump to each newspaper. */
function dayHeader(view: DayView): SafeHtml {
  const chips = view.groups.map(
    (group) => html`<li><a href="#${group.anchor}"><bdi>${group.name}</bdi></a></li>`,
  );
  return html`<header class="page-head">
<h1>${view.heading}</h1>
<p class="meta"><span>${view.hijriLabel}</span> <span>${view.countLabel}</span> <span>${view.newspapersLabel}</span></p>
${view.groups.length > 1 && html`<nav class="chips" aria-label="صحف اليوم"><ul>${chips}</ul></nav>`}
</header>`;
}

/** One day's page: its articles by newspaper between links to the neighbouring days with news. */
export function dayPage(data: DayPageData): SafeHtml {
  const { view, site } = data;
  return pageLayout(
    data,
    { url: data.page.url, title: `${view.heading} | ${site.title}` },
    {
      head: undefined,
      content: html`
${breadcrumbView(view.breadcrumb)}
${dayHeader(view)}
${prevNext(view, "اليوم", "")}
<div class="columns">${view.groups.map(newspaperGroup)}
</div>
${prevNext(view, "اليوم", " (أسفل الصفحة)")}
`,
      scripts: undefined,
    },
  );
}
