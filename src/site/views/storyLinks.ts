import type { ArticleMention, ArticleStoryLinks } from "../storyRecords.ts";
import { html, type SafeHtml } from "./html.ts";

const nothing = html`
`;

function mentionItem(item: ArticleMention, note: string | false): SafeHtml {
  return html`
<li><a href="${item.href}" dir="auto">${item.title}</a> <span class="meta"><bdi>${item.source}</bdi>${item.date && html` · <time datetime="${item.date}">${item.dateLabel}</time>`}${note}</span></li>`;
}

/** The article's story in other newspapers (src/site/storyRecords.ts). */
export function storyVersions(story: ArticleStoryLinks | undefined): SafeHtml {
  if (!story || story.versions.length === 0) return nothing;
  const items = story.versions.map((version) =>
    mentionItem(version, version.isEarliest && " · النشر الأقدم"),
  );
  return html`
<section class="story-links" aria-labelledby="story-versions-heading">
<h2 id="story-versions-heading">الخبر نفسه في صحف أخرى</h2>
<ul>${items}
</ul>
<p><a href="${story.storyHref}">كل نسخ الخبر (${story.storyVersionsLabel})</a></p>
</section>

`;
}

/** Up to five articles of other stories sharing uncommon words (src/stories/findRelatedArticles.ts). */
export function relatedArticles(story: ArticleStoryLinks | undefined): SafeHtml {
  if (!story || story.related.length === 0) return nothing;
  return html`
<section class="related" aria-labelledby="related-heading">
<h2 id="related-heading">مقالات ذات صلة</h2>
<ul>${story.related.map((item) => mentionItem(item, false))}
</ul>
</section>

`;
}
