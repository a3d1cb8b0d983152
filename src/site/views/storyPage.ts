import type { StoryVersion, StoryView } from "../storyRecords.ts";
import { html, type SafeHtml } from "./html.ts";
import { pageLayout, type LayoutGlobals } from "./pageLayout.ts";

/** What a story page reads: the shared globals, its story and its URL. */
export interface StoryPageData extends LayoutGlobals {
  story: StoryView;
  page: { url: string | false };
}

function storyVersion(version: StoryVersion): SafeHtml {
  const date = version.date
    ? html` · <time datetime="${version.date}">${version.dateLabel}</time>`
    : " · بلا تاريخ";
  return html`
<li${version.isEarliest && html` class="story-versions__earliest"`}>
<a href="${version.href}" dir="auto">${version.title}</a>
<span class="meta"><bdi>${version.source}</bdi>${date}${version.isEarliest && html` · <strong>النشر الأقدم</strong>`}</span>
</li>`;
}

/** Every version of a story reported by several articles, oldest first. */
export function storyPage(data: StoryPageData): string {
  const { story, site } = data;
  return pageLayout(
    data,
    {
      url: data.page.url,
      title: `الخبر في صحف عدة: ${story.title} | ${site.title}`,
      description: `كل نسخ هذا الخبر في الأرشيف مرتبة بالتاريخ: ${story.summaryLabel}`,
    },
    {
      head: undefined,
      content: html`
<nav class="breadcrumb" aria-label="مسار الصفحة"><a href="/articles/">كل المقالات</a> › الخبر في صحف عدة</nav>
<h1 dir="auto">${story.title}</h1>
<p class="story-summary">${story.summaryLabel}، مرتبة من الأقدم إلى الأحدث.</p>
<ol class="story-versions">${story.versions.map(storyVersion)}
</ol>
`,
      scripts: undefined,
    },
  ).markup;
}
