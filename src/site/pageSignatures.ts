import { createHash } from "node:crypto";
import type { ListView } from "./archiveGroups.ts";
import type { ArchiveModel } from "./archiveModel.ts";
import type { ArticleRecord } from "./articleRecords.ts";

function hash(fingerprint: string, value: unknown): string {
  return createHash("sha1")
    .update(fingerprint)
    .update(JSON.stringify(value))
    .digest("hex")
    .slice(0, 16);
}

/** What a list item contributes to its page: its URL, newspaper link and file hash (which covers the rest). */
function itemKey(item: ArticleRecord): string {
  return `${item.href} ${item.newspaperHref} ${item.contentHash}`;
}

/** The parts of a list view its page shows, without the totals that only the newest page prints. */
function viewShape<T>(view: ListView<T>, items: unknown[], newestExtras: unknown): unknown {
  const { href, heading, pageLabel, isNewest, newerHref, olderHref } = view;
  return {
    href,
    heading,
    pageLabel,
    isNewest,
    newerHref,
    olderHref,
    items,
    newest: isNewest ? newestExtras : null,
  };
}

/**
 * A hash per paginated page of everything that page renders, so that an incremental build can
 * re-render only pages whose signature changed. `fingerprint` covers the templates, code and config.
 */
export function pageSignatures(model: ArchiveModel, fingerprint: string): Map<string, string> {
  const signatures = new Map<string, string>();
  const { pages, summary } = model;
  for (const article of pages.articles) {
    signatures.set(article.href, hash(fingerprint, { ...article, file: undefined }));
  }
  for (const year of pages.years) signatures.set(year.href, hash(fingerprint, year));
  for (const view of pages.monthViews) {
    const shape = viewShape(view, view.items.map(itemKey), null);
    signatures.set(view.href, hash(fingerprint, [shape, view.yearHref, view.yearLabel]));
  }
  for (const view of [...pages.undatedViews, ...pages.articleViews]) {
    signatures.set(view.href, hash(fingerprint, viewShape(view, view.items.map(itemKey), summary)));
  }
  for (const view of pages.newspaperViews) {
    signatures.set(
      view.href,
      hash(fingerprint, viewShape(view, view.items.map(itemKey), view.newspaper)),
    );
  }
  for (const story of pages.stories) signatures.set(story.href, hash(fingerprint, story));
  for (const view of pages.headlineViews) {
    signatures.set(
      view.href,
      hash(fingerprint, viewShape(view, view.items, summary.headlineCountLabel)),
    );
  }
  return signatures;
}
