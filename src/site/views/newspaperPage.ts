import type { NewspaperView } from "../archiveModel.ts";
import type { ArticleRecord } from "../articleRecords.ts";
import type { MonthRun } from "../coverageChart.ts";
import type { NewspaperGroup } from "../archiveGroups.ts";
import { listPageTitle } from "./articleListPages.ts";
import { coverageChartView } from "./coverageChartView.ts";
import { html, type SafeHtml } from "./html.ts";
import { pageLayout, type LayoutGlobals } from "./pageLayout.ts";
import { pager } from "./pager.ts";

/** What a newspaper page reads: the shared globals, its view and its URL. */
export interface NewspaperPageData extends LayoutGlobals {
  view: NewspaperView;
  page: { url: string | false };
}

/** The newspaper's totals: only the newest page shows them (older pages stay byte-identical). */
function facts(newspaper: NewspaperGroup): SafeHtml {
  const dates =
    newspaper.firstDate &&
    html`<div><dt>أقدمها</dt><dd><time datetime="${newspaper.firstDate}">${newspaper.firstDateLabel}</time></dd></div>
<div><dt>أحدثها</dt><dd><time datetime="${newspaper.lastDate}">${newspaper.lastDateLabel}</time></dd></div>`;
  const aggregator =
    newspaper.aggregatorHref &&
    html`<div><dt>على موقع التجميع</dt><dd><a href="${newspaper.aggregatorHref}" rel="nofollow noopener noreferrer" dir="ltr">${newspaper.aggregatorHref}</a></dd></div>`;
  return html`
<dl class="facts">
<div><dt>المقالات</dt><dd>${newspaper.countLabel}</dd></div>
${dates}
${aggregator}
</dl>
`;
}

function runItem(article: ArticleRecord): SafeHtml {
  const date =
    article.date && html`<time datetime="${article.date}">${article.dateLabel}</time>`;
  return html`
<li><a href="${article.href}" dir="auto">${article.title}</a> <span class="meta">${date}${article.author && html` · <bdi>${article.author}</bdi>`}</span></li>`;
}

function monthRun(run: MonthRun): SafeHtml {
  return html`
<section id="${run.anchor}" aria-labelledby="${run.anchor}-h">
<h2 id="${run.anchor}-h" class="run-heading">${run.label}</h2>
<ul class="title-list">${run.items.map(runItem)}
</ul>
</section>`;
}

/** One page of a newspaper's articles in runs of a month, beside its coverage chart. */
export function newspaperPage(data: NewspaperPageData): string {
  const { view, site } = data;
  const trail =
    !view.isNewest &&
    html`<li><a href="${view.newspaper.href}"><bdi>${view.newspaper.name}</bdi></a></li>`;
  const chart =
    view.chart &&
    html`
<figure class="chart chart--coverage">
${coverageChartView(view.chart)}
<figcaption class="meta">مقالات الصحيفة في كل شهر: كلما اشتد اللون زاد العدد؛ اختر شهرًا لمقالاته.</figcaption>
</figure>
`;
  return pageLayout(
    data,
    { url: data.page.url, canonical: view.canonicalHref, title: listPageTitle(view, site) },
    {
      head: undefined,
      content: html`
<nav class="breadcrumb" aria-label="مسار الصفحة"><ol><li><a href="/newspapers/">الصحف</a></li>${trail}</ol></nav>
<header class="page-head">
<h1><bdi>${view.heading}</bdi></h1>${view.isNewest ? facts(view.newspaper) : html`<p class="meta">${view.pageLabel}</p>`}
</header>
<div class="newspaper-layout">
${chart}
<div class="month-runs">${view.monthRuns.map(monthRun)}
</div>
</div>
${pager(view)}
`,
      scripts: undefined,
    },
  ).markup;
}
